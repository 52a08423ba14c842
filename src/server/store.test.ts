/**
 * A data directory made by the first release of the room (no team column, results without
 * their challenge) still opens: the store adds the new columns and reads the old rows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RoomStore } from './store.ts';

/** The schema of the first release (commit fbaa9e9), as it was written to disk. */
const OLD_SCHEMA = `
CREATE TABLE rooms (code TEXT PRIMARY KEY, secret_hash TEXT NOT NULL, created_at INTEGER NOT NULL, last_active INTEGER NOT NULL, step TEXT NOT NULL);
CREATE TABLE participants (code TEXT NOT NULL, id TEXT NOT NULL, nickname TEXT NOT NULL, joined_at INTEGER NOT NULL, removed INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (code, id));
CREATE TABLE steps (code TEXT NOT NULL, no INTEGER NOT NULL, step TEXT NOT NULL, PRIMARY KEY (code, no));
CREATE TABLE answers (code TEXT NOT NULL, step INTEGER NOT NULL, participant TEXT NOT NULL, choice TEXT NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (code, step, participant));
CREATE TABLE submissions (code TEXT NOT NULL, step INTEGER NOT NULL, participant TEXT NOT NULL, result TEXT NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (code, step, participant));
CREATE TABLE seen (code TEXT NOT NULL, sender TEXT NOT NULL, id TEXT NOT NULL, ack TEXT NOT NULL, PRIMARY KEY (code, sender, id));
`;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the room store', () => {
  it('opens a data file of the first release: rooms, people and results as they were, teams added', () => {
    const dir = mkdtempSync(join(tmpdir(), 'genba-old-rooms-'));
    dirs.push(dir);
    const old = new Database(join(dir, 'genba-rooms.sqlite'));
    old.pragma('journal_mode = WAL');
    old.exec(OLD_SCHEMA);
    const step = { no: 1, kind: 'challenge', target: 60, closed: false, revealed: false };
    old.prepare('INSERT INTO rooms VALUES (?, ?, ?, ?, ?)').run('K7M9QX', 'a'.repeat(64), 1, 2, JSON.stringify(step));
    old.prepare('INSERT INTO participants (code, id, nickname, joined_at) VALUES (?, ?, ?, ?)').run('K7M9QX', '0123456789abcdef', 'Aiko', 1);
    const result = { participant: '0123456789abcdef', nickname: 'Aiko', transferBatch: 1, moveTime: 0.5, leadTime: 42.5, makespan: 80, beats: true };
    old.prepare('INSERT INTO submissions VALUES (?, ?, ?, ?, ?)').run('K7M9QX', 1, '0123456789abcdef', JSON.stringify(result), 3);
    old.close();

    const store = new RoomStore(dir);
    try {
      expect(store.room('K7M9QX')).toMatchObject({ code: 'K7M9QX', step, teams: [] });
      expect(store.participants('K7M9QX')).toEqual([{ id: '0123456789abcdef', nickname: 'Aiko', removed: false }]);
      expect(store.submissions('K7M9QX', 1)).toEqual([{ ...result, challenge: 'batching' }]);
      // The new columns work on the old file.
      store.setTeam('K7M9QX', '0123456789abcdef', 'Red');
      store.setTeams('K7M9QX', ['Red', 'Blue'], 4);
      expect(store.participants('K7M9QX')[0]?.team).toBe('Red');
      expect(store.room('K7M9QX')?.teams).toEqual(['Red', 'Blue']);
    } finally {
      store.close();
    }
    // Opening it again (already migrated) changes nothing.
    const again = new RoomStore(dir);
    try {
      expect(again.participants('K7M9QX')[0]?.team).toBe('Red');
      const columns = (again.db.prepare('PRAGMA table_info(participants)').all() as { name: string }[]).map((c) => c.name);
      expect(columns.filter((c) => c === 'team')).toHaveLength(1);
    } finally {
      again.close();
    }
  });
});
