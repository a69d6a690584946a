import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BREAKOUTS,
  DEFAULT_DEMO_SEED,
  EMEA_SCHEME_NAME,
  PODIUMS,
  PROCESS_NAME,
  generateDemoWorkspace,
} from '@shared/demo';
import { DENIED_FULL_NAMES } from '@shared/demo/names';
import type { TableName, WorkspaceData } from '@shared/domain/model';
import {
  PARTICIPATION_ROLES,
  PARTICIPATION_STATUSES,
  STAKEHOLDER_GROUPS,
  TABLE_NAMES,
  eventLevel,
} from '@shared/domain/model';
import { validateRecord } from '@shared/domain/schemas';
import { COUNTRIES } from '@shared/reference/countries';
import { regionOf } from '@shared/reference/regions';
import { NOW, byId, demo, timing } from './fixture';

const w = demo();
const sha256 = (data: WorkspaceData) =>
  createHash('sha256').update(JSON.stringify(data)).digest('hex');

describe('generateDemoWorkspace: determinism', () => {
  it('gives a deep-equal workspace for the same seed and now', () => {
    expect(demo()).toEqual(w);
    expect(sha256(demo())).toBe(sha256(w));
    expect(sha256(generateDemoWorkspace({ seed: DEFAULT_DEMO_SEED, now: NOW }))).toBe(sha256(w));
  });

  it('gives a different workspace for a different seed', () => {
    const other = demo(7);
    expect(sha256(other)).not.toBe(sha256(w));
    expect(other.people.map((p) => p.id)).not.toEqual(w.people.map((p) => p.id));
  });

  it('derives every timestamp from now and labels records with the device', () => {
    const later = generateDemoWorkspace({
      now: '2027-01-01T00:00:00.000Z',
      deviceLabel: 'laptop-7',
    });
    for (const table of TABLE_NAMES) {
      for (const r of later[table]) {
        expect(r.updatedBy).toBe('laptop-7');
        expect(r.createdAt <= '2027-01-01T00:00:00.000Z').toBe(true);
      }
    }
    expect(() => generateDemoWorkspace({ now: 'not a date' })).toThrow(RangeError);
  });
});

describe('generateDemoWorkspace: sizes and validity', () => {
  it('has the sizes the demo promises', () => {
    expect(w.people.length).toBeGreaterThanOrEqual(280);
    expect(w.people.length).toBeLessThanOrEqual(320);
    expect(w.organisations.length).toBeGreaterThanOrEqual(70);
    expect(w.organisations.length).toBeLessThanOrEqual(100);
    expect(w.participations.length).toBeGreaterThanOrEqual(800);
    expect(w.participations.length).toBeLessThanOrEqual(1000);
    expect(w.relationships.length).toBeGreaterThanOrEqual(10);
    expect(w.targets.length).toBeGreaterThanOrEqual(3);
    expect(w.regionSchemes.map((s) => s.name)).toEqual([EMEA_SCHEME_NAME]);
    const countries = new Set(w.people.flatMap((p) => p.nationalities));
    expect(countries.size).toBeGreaterThanOrEqual(50);
    expect(countries.size).toBeLessThanOrEqual(75);
  });

  it('passes the schemas for every record, with fresh metadata', () => {
    for (const table of TABLE_NAMES) {
      for (const record of w[table]) {
        const result = validateRecord(table satisfies TableName, record);
        expect(result.ok ? [] : result.issues, `${table} ${record.id}`).toEqual([]);
        expect(record.revision).toBe(1);
        expect(record.deletedAt).toBeNull();
        expect(record.updatedBy).toBe('demo');
        expect(record.updatedAt).toBe(record.createdAt);
        expect(record.createdAt <= NOW).toBe(true);
      }
    }
  });

  it('never uses an id twice', () => {
    const ids = TABLE_NAMES.flatMap((t) => w[t].map((r) => r.id as string));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('generateDemoWorkspace: references', () => {
  const people = byId(w.people);
  const orgs = byId(w.organisations);
  const events = byId(w.events);

  it('points affiliations and organisation parents at existing organisations', () => {
    for (const p of w.people) {
      expect(p.affiliations.filter((a) => a.primary)).toHaveLength(1);
      for (const a of p.affiliations) expect(orgs.has(a.organisationId)).toBe(true);
    }
    for (const o of w.organisations) {
      if (o.parentId !== null) expect(orgs.get(o.parentId)?.parentId).toBeNull();
    }
  });

  it('gives every organisation at least one affiliated person', () => {
    const used = new Set(w.people.flatMap((p) => p.affiliations.map((a) => a.organisationId)));
    expect(w.organisations.filter((o) => !used.has(o.id)).map((o) => o.name)).toEqual([]);
  });

  it('nests sessions in events and events in the process', () => {
    for (const e of w.events) {
      const parent = e.parentId === null ? undefined : events.get(e.parentId);
      const level = eventLevel(e.kind);
      if (level === 0) expect(e.parentId).toBeNull();
      else expect(parent && eventLevel(parent.kind), e.name).toBe(level - 1);
      if (parent?.startDate && e.startDate) expect(e.startDate >= parent.startDate).toBe(true);
      if (parent?.endDate && e.endDate) expect(e.endDate <= parent.endDate).toBe(true);
    }
  });

  it('points participations at existing people and events, once per pair', () => {
    const pairs = new Set<string>();
    for (const r of w.participations) {
      expect(people.has(r.personId)).toBe(true);
      expect(events.has(r.eventId)).toBe(true);
      pairs.add(`${r.personId} ${r.eventId}`);
    }
    expect(pairs.size).toBe(w.participations.length);
  });

  it('points relationships and targets at existing records', () => {
    for (const r of w.relationships) {
      for (const party of [r.from, r.to]) {
        expect((party.type === 'person' ? people : orgs).has(party.id)).toBe(true);
      }
    }
    expect(new Set(w.relationships.map((r) => r.kind))).toEqual(
      new Set(['colleague', 'referral', 'network-member', 'partnership']),
    );
    for (const t of w.targets) if (t.eventId !== null) expect(events.has(t.eventId)).toBe(true);
  });

  it('covers every country with an M49 region in the EMEA-style scheme, once', () => {
    const listed = w.regionSchemes[0]?.groups.flatMap((g) => g.countries) ?? [];
    const withRegion = COUNTRIES.filter((c) => c.region !== null).map((c) => c.iso2);
    expect([...listed].sort()).toEqual([...withRegion].sort());
    expect(regionOf(w.regionSchemes[0]?.id ?? '', 'JO', w.regionSchemes)).toBe(
      'Middle East and Africa',
    );
  });
});

describe('generateDemoWorkspace: the consultation process', () => {
  const named = (name: string) => w.events.find((e) => e.name === name);
  const childrenOf = (id: string | undefined) => w.events.filter((e) => e.parentId === id);

  it('models the process with its conference, expert group meeting and consultations', () => {
    expect(named(PROCESS_NAME)?.kind).toBe('process');
    const conference = w.events.find((e) => e.kind === 'conference');
    expect(
      childrenOf(conference?.id)
        .filter((e) => e.kind === 'podium')
        .map((e) => e.theme),
    ).toHaveLength(4);
    expect(childrenOf(conference?.id).map((e) => e.name)).toEqual(
      expect.arrayContaining(PODIUMS.map((p, i) => `Podium ${i + 1}: ${p}`)),
    );
    expect(childrenOf(conference?.id).some((e) => e.kind === 'keynote-session')).toBe(true);
    const egm = w.events.find((e) => e.kind === 'expert-group-meeting');
    expect(egm?.mode).toBe('online');
    expect(childrenOf(egm?.id).map((e) => e.theme)).toEqual([...BREAKOUTS]);
    const regional = w.events.filter((e) => e.kind === 'regional-consultation');
    expect(regional).toHaveLength(5);
    expect(new Set(regional.map((e) => e.country)).size).toBe(5);
    for (const e of regional) expect(e.mode).toBe('in-person');
    expect(w.events.filter((e) => e.kind === 'private-sector-consultation')).toHaveLength(1);
    expect(w.events.find((e) => e.kind === 'online-consultation')?.mode).toBe('online');
    for (const e of w.events) {
      expect(e.startDate?.slice(0, 4)).toMatch(/^202[56]$/);
      expect(e.endDate?.slice(0, 4)).toMatch(/^202[56]$/);
    }
  });

  it('has past events at the end of the funnel and upcoming ones still in it', () => {
    const events = byId(w.events);
    const when = (eventId: string) => {
      const event = events.get(eventId);
      return event === undefined ? 'missing' : timing(event);
    };
    const past = w.participations.filter((r) => when(r.eventId) === 'past');
    const upcoming = w.participations.filter((r) => when(r.eventId) === 'upcoming');
    expect(past.length).toBeGreaterThan(200);
    expect(upcoming.length).toBeGreaterThan(150);
    const done = past.filter((r) => ['attended', 'no-show', 'declined'].includes(r.status));
    expect(done.length / past.length).toBeGreaterThan(0.85);
    expect(past.some((r) => ['invited', 'confirmed'].includes(r.status))).toBe(false);
    expect(upcoming.some((r) => ['attended', 'no-show'].includes(r.status))).toBe(false);
    expect(new Set(w.participations.map((r) => r.status))).toEqual(new Set(PARTICIPATION_STATUSES));
    expect(new Set(w.participations.map((r) => r.role))).toEqual(new Set(PARTICIPATION_ROLES));
  });
});

describe('generateDemoWorkspace: people', () => {
  const orgs = byId(w.organisations);

  it('gives each person the stakeholder group of their primary organisation', () => {
    for (const p of w.people) {
      const primary = p.affiliations.find((a) => a.primary);
      expect(p.stakeholderGroup).toBe(primary && orgs.get(primary.organisationId)?.type);
      expect(primary?.title).not.toBe('');
    }
    expect(new Set(w.organisations.map((o) => o.type))).toEqual(new Set(STAKEHOLDER_GROUPS));
    expect(new Set(w.people.map((p) => p.stakeholderGroup))).toEqual(new Set(STAKEHOLDER_GROUPS));
    expect(w.people.filter((p) => p.affiliations.length === 2).length).toBeGreaterThan(10);
  });

  it('keeps nationality mostly consistent with residence, with a few dual nationals', () => {
    const withNationality = w.people.filter((p) => p.nationalities.length > 0);
    const home = withNationality.filter(
      (p) => p.residence !== null && p.nationalities.includes(p.residence),
    );
    expect(home.length / withNationality.length).toBeGreaterThan(0.8);
    expect(w.people.filter((p) => p.nationalities.length === 2).length).toBeGreaterThanOrEqual(5);
  });

  it('uses unique fictional names and reserved e-mail domains only', () => {
    const names = w.people.map((p) => `${p.givenName} ${p.familyName}`);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(DENIED_FULL_NAMES.has(name), name).toBe(false);
    const domains = w.people.filter((p) => p.email !== '').map((p) => p.email.split('@')[1] ?? '');
    expect(domains.length).toBeGreaterThan(250);
    for (const d of domains) expect(d).toMatch(/(^|\.)example(\.(com|org|net))?$/);
    for (const o of w.organisations)
      expect(o.website).toMatch(/^https:\/\/www\.[a-z0-9.-]+\.example(\.(com|org|net))?$/);
  });

  it('records consent for most people and leaves a few gaps', () => {
    const withBasis = w.people.filter((p) => p.consent.basis !== null);
    expect(withBasis.length / w.people.length).toBeGreaterThan(0.8);
    expect(w.people.some((p) => p.consent.basis === null && p.consent.date === null)).toBe(true);
    expect(withBasis.every((p) => p.consent.source !== '')).toBe(true);
    for (const p of w.people) {
      if (p.consent.date !== null) expect(p.consent.date <= NOW.slice(0, 10)).toBe(true);
    }
  });

  it('leaves Antarctica out and places every residence in the M49 regions', () => {
    for (const p of w.people) expect(regionOf('m49-region', p.residence)).not.toBeNull();
  });
});
