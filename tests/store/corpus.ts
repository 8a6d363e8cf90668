/**
 * Small hand-written scenarios for the contract suite. Every sentence here was
 * written for these tests; the events are invented variations on a border strike.
 */
import { build, type ArticleSpec } from './fixtures';

const OUTLETS = ['Wire A', 'Wire B', 'Daily Ledger', 'Gulf Observer', 'Capital Times', 'Levant Post', 'Evening Courier', 'Harbor News', 'North Star', 'Morning Dispatch', 'Plains Herald', 'Coast Review', 'Metro Bulletin', 'Highland Gazette', 'River Journal', 'Desert Sun', 'Valley Record', 'Summit Tribune', 'Bay Chronicle', 'Border Monitor'];
const OPENERS = [
	'American aircraft bombed', 'U.S. jets hit', 'The United States carried out strikes on', 'Warplanes from the United States pounded',
	'U.S. forces launched an air raid against', 'American fighter jets struck', 'The U.S. military attacked from the air', 'U.S. bombers targeted',
	'The United States bombed', 'Jets flown by U.S. pilots hit', 'American planes raided', 'U.S. aircraft destroyed',
	'The U.S. air force struck', 'United States warplanes hammered', 'An American air strike hit', 'U.S. strike aircraft bombed',
	'The United States launched jets at', 'American bombers attacked', 'U.S. warplanes carried out a raid on', 'Aircraft of the United States struck'
];
const OBJECTS = ['weapons stores', 'a militia compound', 'several buildings', 'an ammunition dump', 'a border post', 'a logistics hub', 'a convoy staging area', 'storage depots', 'a checkpoint', 'facilities used by fighters'];
const COLOUR = [
	'Residents described hearing loud blasts after midnight.', 'A defence official spoke on condition of anonymity.', 'The group vowed to retaliate.',
	'Smoke could be seen for hours afterwards.', 'Local medics said ambulances were sent.', 'Analysts expect further escalation.',
	'The strikes followed weeks of rising tension.', 'Officials in Baghdad were informed beforehand.', 'Satellite images were not yet available.',
	'Diplomats urged restraint on all sides.'
];
const WEEKDAY = ['Thursday', 'late Thursday', 'Thursday night', 'on Thursday', 'overnight into Thursday'];

/** Twenty reports of one strike, each worded differently, from different outlets and publication days. */
export function twentyReports() {
	return OUTLETS.map((source, i) => {
		const opener = OPENERS[i];
		const where = i % 3 === 0 ? 'eastern Syria' : i % 3 === 1 ? 'Abu Kamal' : 'the Syrian border town of Abu Kamal';
		const sentence = `${opener} ${OBJECTS[(i * 3) % OBJECTS.length]} near ${where} ${WEEKDAY[i % WEEKDAY.length]}, report number ${i + 1} said.`;
		const colour = COLOUR[i % COLOUR.length];
		const text = i < 10 ? `${sentence} ${colour} Filed by ${source} staff.` : `${colour} ${sentence} ${source} contributed.`;
		const place = i % 3 === 0 ? { id: 'p1', name: 'eastern Syria', country: 'SY', precision: 'region' as const, mention: 'eastern Syria' } : { id: 'p1', name: 'Abu Kamal', country: 'SY', precision: 'city' as const };
		const day = 26 + (i % 4);
		const spec: ArticleSpec = {
			text,
			published: `2021-02-${String(day).padStart(2, '0')}T${String(6 + (i % 12)).padStart(2, '0')}:00:00Z`.replace('2021-02-29', '2021-03-01'),
			source,
			title: `Report ${i + 1}`,
			actors: [{ id: 'a1', name: i % 2 ? 'United States' : 'U.S.', kind: 'state', country: 'US' }],
			places: [place],
			events: [
				{
					type: i % 5 === 4 ? 'strike' : 'airstrike',
					evidence: sentence,
					date: '2021-02-25',
					place: 'p1',
					roles: [{ role: 'agent', actor: 'a1' }]
				}
			]
		};
		return build(spec);
	});
}

export const WIRE_COPY =
	'BAGHDAD (Wire) - Rockets struck near a military base outside Erbil on Monday evening, wounding four contractors, officials said. ' +
	'The attack was the third this month on sites hosting foreign troops. No group claimed responsibility, although security sources blamed ' +
	'militias aligned with Tehran. The coalition said it was assessing damage at the base and that operations continued as normal. ' +
	'A spokesman for the regional government condemned what he called a cowardly assault on the stability of the region. ' +
	'Police closed roads around the airport for several hours while teams searched for unexploded munitions near residential streets.';

/** Five outlets run the same wire story with small edits (a dateline, a closing line, a changed word). */
export function syndicated() {
	const edits = [
		(t: string) => t,
		(t: string) => t.replace('BAGHDAD (Wire) - ', 'BAGHDAD - ') + ' Additional reporting by our correspondent.',
		(t: string) => t.replace('wounding four contractors', 'injuring four contractors'),
		(t: string) => 'Published with permission. ' + t.replace('cowardly assault', 'cowardly attack'),
		(t: string) => t.replace('for several hours', 'for hours') + ' Copyright the wire service.'
	];
	return edits.map((edit, i) => {
		const text = edit(WIRE_COPY);
		return build({
			text,
			published: `2021-02-1${6 + (i % 2)}T09:00:00Z`,
			source: ['Wire', 'Paper One', 'Paper Two', 'Paper Three', 'Paper Four'][i],
			title: 'Rockets hit base near Erbil',
			places: [{ id: 'p1', name: 'Erbil', country: 'IQ', precision: 'city' }],
			events: [{ type: 'rocket_attack', evidence: 'Rockets struck near a military base outside Erbil on Monday evening', date: '2021-02-15', place: 'p1', fatalities: 0 }]
		});
	});
}
