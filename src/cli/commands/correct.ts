/** `sitrep correct edit|reject|merge|split|merge-actors|split-actor|edit-actor|revert|delete-article|delete-outlet …` */
import os from 'node:os';
import { InputError } from '../../lib/core/types';
import { correct, revert, type ActorPatch, type CorrectionEntry, type EventPatch, type RolePatch } from '../../lib/server/corrections/index';
import { deleteArticle, deleteOutlet, type RemovalReport } from '../../lib/server/corrections/sources';
import { openStore, resolveDatabaseUrl } from '../../lib/server/store/index';
import { parseCommand } from '../args';

const HELP = `usage: sitrep [--db FILE|URL] correct <what> … --reason TEXT [--as NAME] [--json]
Corrections are recorded in the audit log (sitrep log) and survive re-extraction.
  edit EVENT [--date VALUE] [--type TYPE] [--place NAME [--country CC]] [--no-place]
             [--fatalities N] [--add-role ROLE=ACTOR]… [--remove-role ROLE=ACTOR]…
                                 VALUE is a TimeML date: 2020-01-08, 2020-01, 2020-W02, 2020
  reject EVENT                   take an event out of every view (its reports are kept)
  merge EVENT OTHER              OTHER's reports become part of EVENT
  split EVENT MENTION…           the given reports (mention ids, see GET /api/events/ID) are another event;
                                 also undoes an automatic merge, which is then never redone
  merge-actors ACTOR OTHER       OTHER is the same actor as ACTOR
  split-actor ACTOR NAME…        the actor named NAME… is a different one
  edit-actor ACTOR [--name NAME] [--kind KIND] [--country CC] [--no-country]
                                 rename an actor or change its kind or country
  revert N                       undo correction #N (see sitrep log)
  delete-article ID              delete one article (its events lose it as a source)
  delete-outlet NAME             delete every article of one outlet
  --as NAME   who is correcting (default: the login name)`;

function role(spec: string): RolePatch {
	const m = /^([a-z]+)=(.+)$/.exec(spec);
	if (!m) throw new InputError(`a role is ROLE=ACTOR, e.g. agent="United States" (got ${JSON.stringify(spec)})`);
	return { role: m[1], actor: m[2] };
}

function printEntry(e: CorrectionEntry): string {
	return `#${e.id} ${e.action} by ${e.author}: ${e.summary}${e.reason ? ` — ${e.reason}` : ''}\n`;
}

function printRemoval(r: RemovalReport): string {
	const lines = [`deleted ${r.articles} article(s), ${r.mentions} report(s); ${r.eventsUpdated.length} event(s) lost a source, ${r.eventsRemoved.length} event(s) removed`];
	for (const c of r.corrections) lines.push(`  correction #${c.id} (${c.action} by ${c.author}) named a deleted report and no longer applies to it`);
	return lines.join('\n') + '\n';
}

export async function run(argv: string[]): Promise<number> {
	const parsed = parseCommand(
		argv,
		{
			reason: { type: 'string' },
			as: { type: 'string' },
			date: { type: 'string' },
			type: { type: 'string' },
			place: { type: 'string' },
			country: { type: 'string' },
			'no-place': { type: 'boolean', default: false },
			fatalities: { type: 'string' },
			'add-role': { type: 'string', multiple: true },
			'remove-role': { type: 'string', multiple: true },
			name: { type: 'string' },
			kind: { type: 'string' },
			'no-country': { type: 'boolean', default: false },
			json: { type: 'boolean', default: false }
		},
		HELP,
		{ subcommand: true }
	);
	if (typeof parsed === 'number') return parsed;
	const { values, positionals } = parsed;
	const [what, ...args] = positionals;
	const need = (n: number, usage: string) => {
		if (args.length < n) throw new InputError(`usage: sitrep correct ${what} ${usage}`);
	};
	const who = { author: values.as ?? process.env.SITREP_USER ?? os.userInfo().username, reason: values.reason ?? '' };
	const store = await openStore({ url: resolveDatabaseUrl(values.db) });
	try {
		let out: unknown;
		let text: string;
		switch (what) {
			case 'edit': {
				need(1, 'EVENT [--date …] [--type …] [--place …] [--fatalities …]');
				const changes: EventPatch = {};
				if (values.date !== undefined) changes.date = values.date;
				if (values.type !== undefined) changes.type = values.type;
				if (values.place !== undefined) changes.place = { name: values.place, country: values.country?.toUpperCase() ?? null };
				if (values['no-place']) changes.place = null;
				if (values.fatalities !== undefined) {
					if (!/^\d+$/.test(values.fatalities)) throw new InputError('--fatalities must be a whole number ≥ 0');
					changes.fatalities = Number(values.fatalities);
				}
				if (values['add-role']?.length) changes.addRoles = values['add-role'].map(role);
				if (values['remove-role']?.length) changes.removeRoles = values['remove-role'].map(role);
				const r = await correct(store, { action: 'edit_event', event: args[0], changes }, who);
				out = r;
				text = printEntry(r.entry);
				break;
			}
			case 'reject': {
				need(1, 'EVENT');
				const r = await correct(store, { action: 'reject_event', event: args[0] }, who);
				out = r;
				text = printEntry(r.entry);
				break;
			}
			case 'merge': {
				need(2, 'EVENT OTHER');
				const r = await correct(store, { action: 'merge_events', event: args[0], other: args[1] }, who);
				out = r;
				text = printEntry(r.entry) + `now event ${r.event}\n`;
				break;
			}
			case 'split': {
				need(2, 'EVENT MENTION…');
				const r = await correct(store, { action: 'split_event', event: args[0], mentions: args.slice(1) }, who);
				out = r;
				text = printEntry(r.entry);
				break;
			}
			case 'merge-actors': {
				need(2, 'ACTOR OTHER');
				const r = await correct(store, { action: 'merge_actors', actor: args[0], other: args[1] }, who);
				out = r;
				text = printEntry(r.entry);
				break;
			}
			case 'split-actor': {
				need(2, 'ACTOR NAME…');
				const r = await correct(store, { action: 'split_actor', actor: args[0], names: args.slice(1) }, who);
				out = r;
				text = printEntry(r.entry);
				break;
			}
			case 'edit-actor': {
				need(1, 'ACTOR [--name NAME] [--kind KIND] [--country CC] [--no-country]');
				const changes: ActorPatch = {};
				if (values.name !== undefined) changes.name = values.name;
				if (values.kind !== undefined) changes.kind = values.kind;
				if (values.country !== undefined) changes.country = values.country.toUpperCase();
				if (values['no-country']) changes.country = null;
				const r = await correct(store, { action: 'edit_actor', actor: args[0], changes }, who);
				out = r;
				text = printEntry(r.entry);
				break;
			}
			case 'revert': {
				need(1, 'N');
				const n = args[0].replace(/^#/, '');
				if (!/^\d+$/.test(n)) throw new InputError(`revert needs a correction number (see sitrep log), got ${JSON.stringify(args[0])}`);
				const e = await revert(store, Number(n), who);
				out = e;
				text = printEntry(e);
				break;
			}
			case 'delete-article': {
				need(1, 'ID');
				const r = await deleteArticle(store, args[0]);
				out = r;
				text = printRemoval(r);
				break;
			}
			case 'delete-outlet': {
				need(1, 'NAME');
				const r = await deleteOutlet(store, args.join(' '));
				out = r;
				text = printRemoval(r);
				break;
			}
			default:
				throw new InputError(`unknown correction '${what}' (see sitrep correct --help)`);
		}
		process.stdout.write(values.json ? JSON.stringify(out) + '\n' : text);
		return 0;
	} finally {
		await store.close();
	}
}
