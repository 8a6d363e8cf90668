/**
 * sitrep's event taxonomy. Every type maps to one PLOVER root category and to
 * ACLED's event_type / sub_event_type, so the same extraction can be read in
 * either scheme. The table is mirrored, with examples, in docs/taxonomy.md.
 * `rank` orders salience between types of one article (lower = more salient):
 * physical violence outranks demonstrations, which outrank strategic moves,
 * which outrank orders and words.
 */

export interface EventTypeDef {
	id: string;
	label: string;
	plover: string;
	acled: { eventType: string; subEventType: string };
	rank: number;
	/** Does the type involve physical violence (used for role and fatality rules)? */
	violent: boolean;
}

const ER = 'Explosions/Remote violence';
const BT = 'Battles';
const VAC = 'Violence against civilians';
const PR = 'Protests';
const RI = 'Riots';
const SD = 'Strategic developments';

function t(id: string, label: string, plover: string, eventType: string, subEventType: string, rank: number, violent: boolean): EventTypeDef {
	return { id, label, plover, acled: { eventType, subEventType }, rank, violent };
}

export const EVENT_TYPES: readonly EventTypeDef[] = [
	t('airstrike', 'Air or drone strike', 'ASSAULT', ER, 'Air/drone strike', 1, true),
	t('shelling', 'Shelling, artillery, rocket or missile attack', 'ASSAULT', ER, 'Shelling/artillery/missile attack', 1, true),
	t('explosive', 'Remote explosive, landmine or IED', 'ASSAULT', ER, 'Remote explosive/landmine/IED', 1, true),
	t('suicide_bombing', 'Suicide bombing', 'ASSAULT', ER, 'Suicide bomb', 1, true),
	t('grenade', 'Grenade attack', 'ASSAULT', ER, 'Grenade', 1, true),
	t('chemical_attack', 'Chemical weapon attack', 'ASSAULT', ER, 'Chemical weapon', 1, true),
	t('armed_clash', 'Armed clash between organised armed groups', 'ASSAULT', BT, 'Armed clash', 1, true),
	t('territory_regained', 'Government regains territory', 'ASSAULT', BT, 'Government regains territory', 1, true),
	t('territory_taken', 'Non-state actor overtakes territory', 'ASSAULT', BT, 'Non-state actor overtakes territory', 1, true),
	t('attack', 'Attack on civilians (killing, shooting, beating)', 'ASSAULT', VAC, 'Attack', 2, true),
	t('sexual_violence', 'Sexual violence', 'ASSAULT', VAC, 'Sexual violence', 2, true),
	t('abduction', 'Abduction or forced disappearance', 'COERCE', VAC, 'Abduction/forced disappearance', 2, true),
	t('protest', 'Peaceful protest (demonstration, rally, labour strike)', 'PROTEST', PR, 'Peaceful protest', 3, false),
	t('protest_intervention', 'Protest dispersed or obstructed by authorities', 'PROTEST', PR, 'Protest with intervention', 3, false),
	t('protest_repression', 'Excessive force against protesters', 'ASSAULT', PR, 'Excessive force against protesters', 2, true),
	t('riot', 'Violent demonstration', 'PROTEST', RI, 'Violent demonstration', 3, true),
	t('mob_violence', 'Mob violence', 'ASSAULT', RI, 'Mob violence', 3, true),
	t('agreement', 'Agreement, ceasefire, deal', 'AGREE', SD, 'Agreement', 5, false),
	t('arrest', 'Arrests and detentions', 'COERCE', SD, 'Arrests', 4, false),
	t('group_change', 'Change to group or activity (deployment, reinforcement, curfew)', 'MOBILIZE', SD, 'Change to group/activity', 5, false),
	t('weapons_disrupted', 'Disrupted weapons use (defusal, seizure, interception)', 'COERCE', SD, 'Disrupted weapons use', 4, false),
	t('base_established', 'Headquarters or base established', 'MOBILIZE', SD, 'Headquarters or base established', 5, false),
	t('looting', 'Looting or property destruction', 'COERCE', SD, 'Looting/property destruction', 4, false),
	t('territory_transfer', 'Non-violent transfer of territory', 'CONCEDE', SD, 'Non-violent transfer of territory', 4, false),
	t('other_development', 'Other strategic development', 'OTHER', SD, 'Other', 6, false),
	t('order', 'Order or authorisation', 'MOBILIZE', SD, 'Other', 7, false),
	t('sanction', 'Sanction, embargo, expulsion', 'SANCTION', SD, 'Other', 6, false),
	t('legal_action', 'Court ruling, charge or trial', 'COERCE', SD, 'Other', 6, false),
	t('meeting', 'Diplomatic meeting or consultation', 'CONSULT', SD, 'Other', 6, false),
	t('threat', 'Threat or warning of force', 'THREATEN', SD, 'Other', 7, false),
	t('accusation', 'Accusation, condemnation, blame', 'ACCUSE', SD, 'Other', 8, false),
	t('statement', 'Public statement', 'OTHER', SD, 'Other', 9, false)
];

const BY_ID = new Map(EVENT_TYPES.map((d) => [d.id, d]));

export function eventType(id: string): EventTypeDef {
	const d = BY_ID.get(id);
	if (!d) throw new Error(`unknown event type ${id}`);
	return d;
}
