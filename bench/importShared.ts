/**
 * What both bench importers share (bench/import.ts through Cypher, bench/adminImport.ts offline): the
 * result they report and the CPU clock. Both import this file; neither imports the other. Their progress
 * bar is the bulk importer's (src/interchange/progress.ts).
 */
import type { GraphCsv } from './adminCsv';
import type { SizeName } from './generate';

export type ImportMethod = 'admin' | 'cypher';

export type ImportResult = {
  /** cypher: this file; admin: the offline neo4j-admin importer (bench/adminImport.ts). */
  method?: ImportMethod;
  size: SizeName;
  nodes: number;
  relationships: number;
  /** Whole import, schema creation included. */
  seconds: number;
  relationshipsPerSecond: number;
  /** Only the time spent writing relationships (links and claims, claim nodes included). */
  relationshipSeconds: number;
  relationshipPhasePerSecond: number;
  phases: Record<string, { rows: number; relationships: number; seconds: number }>;
  /** Cypher import only. */
  batch?: { nodes: number; links: number; claims: number };
  inFlight?: number;
  /** Counts read back from the database afterwards. */
  verified: { nodes: number; relationships: number };
  /**
   * CPU seconds the Neo4j JVM spent while relationships were written, and what that makes per 100k
   * relationships: a figure that other load on the machine does not inflate as much as wall time.
   */
  neo4jCpu: { seconds: number; per100kRelationships: number; relationshipsPerCpuSecond: number } | null;
  /** Offline import only: CSV, tool, restart and index figures. */
  admin?: AdminImportDetails;
};

/** What the offline steps did, before Neo4j runs on the store. */
export type OfflineImport = {
  size: SizeName;
  home: string;
  nodes: number;
  relationships: number;
  rows: Record<string, number>;
  emptyLists: GraphCsv['emptyLists'];
  csvSeconds: number;
  csvMegabytes: number;
  toolSeconds: number;
  /** The importer's own figures from its output ("IMPORT DONE in ...", "Peak memory usage: ..."). */
  toolReportedSeconds: number | null;
  toolPeakMemory: string | null;
  /** CPU seconds of the importer's JVM (sampled every 250 ms, so slightly under). */
  toolCpuSeconds: number | null;
  settings: { heap: string; offHeap: string; threads: number | null };
  /** Epoch milliseconds: when the CSV writing began, and when the tool finished. */
  startedAt: number;
  endedAt: number;
};

/** Details an offline import adds to its ImportResult (`import.admin` in the results file). */
export type AdminImportDetails = Omit<OfflineImport, 'home' | 'startedAt' | 'endedAt' | 'emptyLists'> & {
  toolRelationshipsPerSecond: number;
  /** From the tool's end to a driver connection on the restarted Neo4j (not in `seconds`, see finishOfflineImport). */
  startSeconds: number;
  /** Properties set to [] after the import (the importer cannot store empty arrays). */
  emptyListsSet: number;
  emptyListsSeconds: number;
  /** Schema creation (constraint and index population) plus the wait until every index is ONLINE. */
  indexSeconds: number;
  /** Everything, the restart included: from the first CSV line to the last index ONLINE. */
  wallSeconds: number;
};

/** One copy, in src/graph/adminImport.ts (the offline import of src/interchange samples the tool the same way). */
export { processCpuSeconds } from '../src/graph/adminImport';
