import { describeTally, downloadedBytes, tallyLines, TransferTally } from "../../src/database/local/maven-transfers";

// Lines as Maven 3.8 prints them with -B and without -q (taken from a fetch on an empty cache).
const LOG = [
  "[INFO] Scanning for projects...",
  "[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-plugins/22/maven-plugins-22.pom",
  "[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-plugins/22/maven-plugins-22.pom (13 kB at 326 kB/s)",
  "[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/commons-lang/commons-lang/2.6/commons-lang-2.6.jar (284 kB at 1.8 MB/s)",
  "[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar (7.3 MB at 9.1 MB/s)",
  "[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/x/y/1/y-1.pom (812 B at 20 kB/s)",
  "[INFO] BUILD SUCCESS",
];

describe("Maven's transfer lines", () => {
  it("give the size of each finished download, in Maven's decimal units", () => {
    expect(downloadedBytes(LOG[2])).toBe(13_000);
    expect(downloadedBytes(LOG[4])).toBe(7_300_000);
    expect(downloadedBytes(LOG[5])).toBe(812);
  });

  it("count nothing for a download that has only begun, or any other line", () => {
    expect(downloadedBytes(LOG[0])).toBeUndefined();
    expect(downloadedBytes(LOG[1])).toBeUndefined();
    expect(downloadedBytes(LOG[6])).toBeUndefined();
  });

  it("are read through colour codes", () => {
    expect(downloadedBytes(`\x1b[1;34mINFO\x1b[m Downloaded from central: https://r/x.jar (1.5 MB at 2 MB/s)`)).toBe(1_500_000);
  });

  it("add up to files and megabytes so far", () => {
    const tally: TransferTally = { files: 0, bytes: 0 };
    tallyLines(tally, LOG);
    expect(tally).toEqual({ files: 4, bytes: 13_000 + 284_000 + 7_300_000 + 812 });
    expect(describeTally(tally, 12_400)).toBe("4 files, 7.6 MB, 12 s");
  });
});
