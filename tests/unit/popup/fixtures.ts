/** Gaps and log entries for popup tests, with the optional parts empty unless a test says otherwise. */
import type { Gap } from '../../../src/domain/gaps/types';
import type { Intelligence, ValueGiven } from '../../../src/domain/network';

export function gap(fields: Partial<Gap> & Pick<Gap, 'kind' | 'severity'>): Gap {
  return { people: [], why: `why ${fields.kind}`, nextAction: `next ${fields.kind}`, candidates: [], question: null, role: null, topic: null, ...fields };
}

export function intelligence(fields: Partial<Intelligence> & Pick<Intelligence, 'id' | 'source'>): Intelligence {
  return { date: '2026-11-20', topic: 'funding', specific: true, text: '', corroboratedBy: [], ...fields };
}

export function valueGiven(fields: Partial<ValueGiven> & Pick<ValueGiven, 'id' | 'to'>): ValueGiven {
  return { date: '2026-11-21', kind: 'industry-information', text: '', ...fields };
}

/** The shape of a uuid from crypto.randomUUID(). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
