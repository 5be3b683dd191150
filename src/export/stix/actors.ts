import type { KbEntry } from '../../kb/index.js';
import type { ActorSummary } from '../../store/index.js';
import type { ExportContext, Selection } from '../types.js';
import { idName, nexusId, openctiId } from './ids.js';
import { sectors, threatActorTypes } from './vocab.js';

export type StixObject = { type: string; id: string } & Record<string, unknown>;

/** STIX forbids empty lists (every list property has minItems 1): a list property is set only when it has items. */
export const list = <T>(items: T[] | undefined): T[] | undefined => (items?.length ? items : undefined);

/** Drops undefined properties, so that the JSON holds only what is known. */
export function compact(o: Record<string, unknown>): StixObject {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as StixObject;
}

function kbFacts(a: ActorSummary, ctx: ExportContext): { entry?: KbEntry; country?: string } {
  const entry = a.kbId ? ctx.kb?.get(a.kbId) : undefined;
  const country = entry && ctx.kb?.countryOf(entry);
  return { entry, country: country ? (country.country ?? country.id).toUpperCase() : undefined };
}

/**
 * The STIX object for an actor: armed groups (and persons a claim places in
 * one) as threat-actor, other persons as individual identities, state bodies
 * and organizations as organization identities, places as location, named
 * incidents as incident. Ids follow OpenCTI's rules, so that an actor
 * exported twice, or already in OpenCTI, is one object.
 */
export function actorObject(a: ActorSummary, sel: Selection, ctx: ExportContext, stamp: string): StixObject {
  const { entry, country } = kbFacts(a, ctx);
  const labels = list([...(entry?.kind ? [entry.kind] : []), ...(entry?.designations ?? []).map((d) => `designated:${d}`)]);
  const common = {
    spec_version: '2.1', created: stamp, modified: stamp, name: a.name,
    description: entry?.description ?? entry?.role, labels,
    x_nexus_actor_id: a.id, x_nexus_kb_id: a.kbId, x_nexus_type: a.type,
  };
  const roles = list(sel.details.get(a.id)?.roles);
  if (a.type === 'ArmedGroup' || (a.type === 'Person' && sel.armedMembers.has(a.id))) {
    const individual = a.type === 'Person';
    const opencti = individual ? 'Threat-Actor-Individual' : 'Threat-Actor-Group';
    return compact({
      type: 'threat-actor', id: openctiId('threat-actor', { name: idName(a.name), opencti_type: opencti }), ...common,
      aliases: list(a.aliases), threat_actor_types: threatActorTypes(entry?.kind, !!entry?.designations?.length),
      resource_level: individual ? 'individual' : undefined, x_opencti_type: opencti,
      description: common.description ?? (individual && roles ? roles.join('; ') : undefined),
    });
  }
  if (a.type === 'Location') {
    const locationType = entry?.kind === 'country' ? 'Country' : entry?.kind === 'city' ? 'City' : 'Administrative-Area';
    return compact({
      type: 'location', id: openctiId('location', { name: idName(a.name), x_opencti_location_type: locationType }), ...common,
      x_opencti_location_type: locationType, x_opencti_aliases: list(a.aliases),
      // STIX needs a country or region; a place the knowledge base does not know gets the region "unknown".
      country, region: country ? undefined : 'unknown',
      city: locationType === 'City' ? a.name : undefined, administrative_area: locationType === 'Administrative-Area' ? a.name : undefined,
    });
  }
  if (a.type === 'Event') {
    return compact({ type: 'incident', id: nexusId('incident', { name: idName(a.name) }), ...common, x_opencti_aliases: list(a.aliases) });
  }
  const identityClass = a.type === 'Person' ? 'individual' : a.type === 'Publication' ? 'unknown' : 'organization';
  return compact({
    type: 'identity', id: openctiId('identity', { name: idName(a.name), identity_class: identityClass }), ...common,
    identity_class: identityClass, sectors: list(sectors(a.type, entry?.kind)), roles, x_opencti_aliases: list(a.aliases),
  });
}
