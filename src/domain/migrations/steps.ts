/**
 * Every migration step, in order: step i takes storage schema i to i+1. A new storage schema adds
 * its step here, bumps STORAGE_SCHEMA_VERSION, and keeps a fixture of the old version's data in
 * tests/fixtures/storage/ (the tests load every fixture into the current version).
 */
import type { Migration } from './step';
import { migration0to1 } from './v0';

export const MIGRATIONS: readonly Migration[] = [migration0to1];
