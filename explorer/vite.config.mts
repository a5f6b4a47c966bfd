import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// Served by the API server at /explorer (src/server.ts); built into dist/explorer, which git ignores.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/explorer/",
  build: { outDir: "../dist/explorer", emptyOutDir: true },
  server: { proxy: { "/graphql": "http://localhost:4000", "/import": "http://localhost:4000" } },
});
