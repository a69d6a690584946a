// One hand-written case per merge rule of issue 9.
import { describe, expect, it } from 'vitest';
import { findIncomingDuplicates, importPersonMatcher } from '@shared/merge/duplicates';
import { planMerge } from '@shared/merge/merge';
import { aParticipation, aPerson, anEvent } from '../../../helpers/builders';
import {
  allValid,
  create,
  edit,
  find,
  mergeInto,
  remove,
  replicaOf,
  snapshot,
  workspaceWith,
} from './replica';

function twoColleagues() {
  const person = aPerson({ givenName: 'Amina', familyName: 'Otieno', email: 'amina@example.org' });
  const base = workspaceWith([person]);
  return { id: person.id, amina: replicaOf('Amina', base), kofi: replicaOf('Kofi', base) };
}

describe('merge rules', () => {
  it('takes a record changed on one side only, without a conflict', () => {
    const { id, amina, kofi } = twoColleagues();
    edit(kofi, id, { notes: 'Met in Nairobi' });
    const { plan, result } = mergeInto(amina, kofi);
    expect(plan.preview.conflicts).toEqual([]);
    expect(plan.preview.updated).toEqual([{ table: 'people', id }]);
    expect(result.counts).toEqual({ added: 0, updated: 1, deleted: 0 });
    expect(find(amina, id)?.notes).toBe('Met in Nairobi');
    // And the other way round, Kofi's own change is not undone by Amina's older copy.
    const back = mergeInto(kofi, replicaOf('Amina', amina.data));
    expect(back.result.changed).toEqual([]);
    expect(find(kofi, id)?.notes).toBe('Met in Nairobi');
  });

  it('merges field by field when both changed different fields', () => {
    const { id, amina, kofi } = twoColleagues();
    edit(amina, id, { phone: '+254 700 000' });
    edit(kofi, id, { notes: 'Speaks at podium 2' });
    const { plan } = mergeInto(amina, kofi);
    expect(plan.preview.conflicts).toEqual([]);
    expect(find(amina, id)).toMatchObject({ phone: '+254 700 000', notes: 'Speaks at podium 2' });
    mergeInto(kofi, amina);
    expect(snapshot(kofi.data)).toBe(snapshot(amina.data));
  });

  it('shows a field changed differently on both sides as a conflict, newer preselected', () => {
    const { id, amina, kofi } = twoColleagues();
    edit(amina, id, { email: 'a.otieno@un.example' });
    edit(kofi, id, { email: 'amina.otieno@uni.example' }); // later
    const plan = planMerge(amina.data, kofi.data);
    expect(plan.preview.conflicts).toHaveLength(1);
    const c = plan.preview.conflicts[0]!;
    expect(c).toMatchObject({
      type: 'field',
      table: 'people',
      id,
      field: 'email',
      mine: 'a.otieno@un.example',
      theirs: 'amina.otieno@uni.example',
      mineBy: 'Amina',
      theirsBy: 'Kofi',
      preferred: 'theirs',
    });
    expect(c.theirsAt > c.mineAt).toBe(true);
    // Default: the newer value; it does not reappear as a conflict once merged.
    mergeInto(amina, kofi);
    expect(find(amina, id)?.email).toBe('amina.otieno@uni.example');
    expect(planMerge(kofi.data, amina.data).preview.conflicts).toEqual([]);
  });

  it('a choice against the preselected side wins where the merged file travels', () => {
    const { id, amina, kofi } = twoColleagues();
    edit(amina, id, { email: 'a.otieno@un.example' });
    edit(kofi, id, { email: 'amina.otieno@uni.example' });
    const key = `people/${id}/email`;
    mergeInto(amina, kofi, { choices: { [key]: 'mine' } });
    expect(find(amina, id)?.email).toBe('a.otieno@un.example');
    const back = mergeInto(kofi, amina);
    expect(back.plan.preview.conflicts).toEqual([]);
    expect(find(kofi, id)?.email).toBe('a.otieno@un.example');
    expect(snapshot(kofi.data)).toBe(snapshot(amina.data));
  });

  it('prefer mine/theirs resolves every conflict to that side', () => {
    const { id, amina, kofi } = twoColleagues();
    edit(amina, id, { notes: 'mine' });
    edit(kofi, id, { notes: 'theirs' });
    expect(
      planMerge(amina.data, kofi.data).apply({ prefer: 'mine' }, ctx()).data.people[0]?.notes,
    ).toBe('mine');
    expect(
      planMerge(amina.data, kofi.data).apply({ prefer: 'theirs' }, ctx()).data.people[0]?.notes,
    ).toBe('theirs');
  });

  it('never silently loses an edit to a deletion on the other side', () => {
    const { id, amina, kofi } = twoColleagues();
    remove(amina, id);
    edit(kofi, id, { notes: 'Confirmed for the podium' }); // after the deletion
    const plan = planMerge(amina.data, kofi.data);
    expect(plan.preview.conflicts).toHaveLength(1);
    expect(plan.preview.conflicts[0]).toMatchObject({
      type: 'delete-edit',
      id,
      field: 'deletedAt',
      preferred: 'theirs',
      mine: find(amina, id)?.deletedAt,
      theirs: null,
    });
    const kept = plan.apply({}, ctx());
    expect(kept.data.people[0]).toMatchObject({
      deletedAt: null,
      notes: 'Confirmed for the podium',
    });
    const deleted = plan.apply({ choices: { [`people/${id}/deletedAt`]: 'mine' } }, ctx());
    expect(deleted.data.people[0]?.deletedAt).not.toBeNull();
  });

  it('a deletion newer than the edit is preselected, and the edit is still offered', () => {
    const { id, amina, kofi } = twoColleagues();
    edit(kofi, id, { notes: 'edited first' });
    remove(amina, id);
    const plan = planMerge(amina.data, kofi.data);
    expect(plan.preview.conflicts).toMatchObject([{ type: 'delete-edit', preferred: 'mine' }]);
    expect(plan.preview.deleted).toEqual([]);
    // Kofi's side: the deletion arrives as a conflict too, preselected the same way.
    const other = planMerge(kofi.data, amina.data);
    expect(other.preview.conflicts).toMatchObject([{ type: 'delete-edit', preferred: 'theirs' }]);
    expect(other.preview.deleted).toEqual([{ table: 'people', id }]);
  });

  it('propagates a deletion when the other side did not edit', () => {
    const { id, amina, kofi } = twoColleagues();
    remove(kofi, id);
    const { plan } = mergeInto(amina, kofi);
    expect(plan.preview.conflicts).toEqual([]);
    expect(plan.preview.deleted).toEqual([{ table: 'people', id }]);
    expect(find(amina, id)?.deletedAt).not.toBeNull();
    // Kofi sees that Amina's copy would lose it: reported, not resurrected.
    const back = planMerge(kofi.data, replicaOf('Amina', workspaceWith([aPerson({ id })])).data);
    expect(back.preview.added).toEqual([]);
  });

  it('offers the same person created independently for merging, and merges on request', () => {
    const event = anEvent();
    const base = { ...workspaceWith([]), events: [event] };
    const amina = replicaOf('Amina', base);
    const kofi = replicaOf('Kofi', base);
    create(amina, aPerson({ givenName: 'José', familyName: 'García', email: '', phone: '' }));
    create(kofi, aPerson({ givenName: 'Jose', familyName: 'GARCIA', phone: '+34 600 000' }));
    const theirsId = kofi.data.people[0]!.id;
    kofi.data.participations.push(aParticipation({ personId: theirsId, eventId: event.id }));
    const plan = planMerge(amina.data, kofi.data);
    expect(plan.preview.added.map((r) => r.id)).toContain(theirsId);
    expect(plan.preview.duplicates).toHaveLength(1);
    const dup = plan.preview.duplicates[0]!;
    expect(dup.reasons).toEqual(['same-name']);
    // Not merged unless asked.
    expect(plan.apply({}, ctx()).data.people.filter((p) => p.deletedAt === null)).toHaveLength(2);
    const merged = plan.apply({ mergeDuplicates: [dup.key] }, ctx()).data;
    const live = merged.people.filter((p) => p.deletedAt === null);
    expect(live).toHaveLength(1);
    expect(live[0]?.phone).toBe('+34 600 000');
    expect(merged.participations[0]?.personId).toBe(live[0]?.id);
    expect(allValid(merged)).toBe(true);
  });

  it('is idempotent: merging the same file twice changes nothing the second time', () => {
    const { id, amina, kofi } = twoColleagues();
    edit(amina, id, { notes: 'a' });
    edit(kofi, id, { notes: 'k', phone: '1' });
    mergeInto(amina, kofi);
    const once = snapshot(amina.data);
    const again = mergeInto(amina, kofi);
    expect(again.result.changed).toEqual([]);
    expect(again.plan.preview.conflicts).toEqual([]);
    expect(snapshot(amina.data)).toBe(once);
  });

  it('a partial exchange file (only changed records) deletes nothing', () => {
    const other = aPerson();
    const { id, amina, kofi } = twoColleagues();
    amina.data.people.push(other);
    edit(kofi, id, { notes: 'only this' });
    const { result } = mergeInto(amina, kofi);
    expect(result.counts).toEqual({ added: 0, updated: 1, deleted: 0 });
    expect(find(amina, other.id)?.deletedAt).toBeNull();
  });

  it('records from before merge tracking: equal ones are left alone, differing ones are conflicts', () => {
    const p = aPerson({ notes: 'x' });
    const mine = workspaceWith([p]);
    expect(planMerge(mine, structuredClone(mine)).apply({}, ctx()).changed).toEqual([]);
    const theirs = workspaceWith([
      { ...p, notes: 'y', updatedAt: '2026-02-01T00:00:00.000Z', updatedBy: 'k', revision: 2 },
    ]);
    const plan = planMerge(mine, theirs);
    expect(plan.preview.conflicts).toMatchObject([{ field: 'notes', preferred: 'theirs' }]);
  });

  it('keeps every merged record valid', () => {
    const { id, amina, kofi } = twoColleagues();
    edit(amina, id, { gender: 'self-described', genderSelfDescription: 'in my words' });
    edit(kofi, id, { notes: 'n' });
    mergeInto(amina, kofi);
    expect(allValid(amina.data)).toBe(true);
    expect(find(amina, id)?.sync?.vv).toEqual({ Amina: 1, Kofi: 1 });
  });
});

function ctx() {
  return { now: '2026-12-01T00:00:00.000Z', device: 'Amina' };
}

describe('duplicate detection is the import rule', () => {
  it('finds a reordered name and a shared e-mail, and accepts an injected matcher', () => {
    const mine = [aPerson({ givenName: 'José', familyName: 'García', email: 'jg@example.org' })];
    const theirs = [
      aPerson({ givenName: 'Garcia', familyName: 'Jose' }),
      aPerson({ givenName: 'Someone', familyName: 'Else', email: 'JG@example.org' }),
      aPerson({ givenName: 'Ana', familyName: 'Lima' }),
    ];
    const found = findIncomingDuplicates(mine, theirs);
    expect(found.map((d) => [d.theirsId, d.reasons])).toEqual([
      [theirs[1]!.id, ['same-email']],
      [theirs[0]!.id, ['same-name-reordered']],
    ]);
    const injected = findIncomingDuplicates(mine, theirs, importPersonMatcher);
    expect(injected.map((d) => d.key)).toEqual(found.map((d) => d.key));
    expect(findIncomingDuplicates(mine, theirs, () => null)).toEqual([]);
  });
});
