import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// Served by the API server at /ide and at GET /graphql from a browser (src/http/site.ts); built into dist/ide.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/ide/",
  build: {
    outDir: "../dist/ide",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      // GraphiQL's React modules start with "use client", which means nothing outside a React server.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
});
