import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { chartById, charts } from '$lib/charts';
import { assembleChart } from '$lib/charts/assemble-chart';
import type { StandaloneSvg } from '$lib/export/standalone-svg';
import { dictionaries, langs, type Lang } from '$lib/i18n';
import { datasets } from './datasets';
import { exportSvg } from './exports';
import { svgToPng } from './png';
import { svgToPdf } from './pdf';
import { framedSvg, type Frame } from './preview-image';
import { publication } from './publication';

/**
 * The exports made from a chart's standalone SVG for sharing and print: the link preview (1200×630),
 * the square social image (1080×1080) and the vector PDF, for every chart, state and language.
 *
 * They cost about as much CPU as the rest of the prerender's exports, so while the site is built
 * they are made in a worker thread, started with the prerender (hooks.server.ts: init), beside the
 * pages the main thread renders; a request for one waits for its file. Elsewhere (tests, dev) they
 * are made in the request. The default-state address and the first state's address are one file.
 */

export type ShareKind = Frame | 'pdf';
interface Job {
	kind: ShareKind;
	id: string;
	state: string;
	lang: Lang;
}

const made = new Map<string, Promise<Uint8Array>>();
const keyOf = (j: Job) => `${j.kind}:${j.id}:${j.state}:${j.lang}`;

/** One share file, as bytes: made in this request, or awaited from the worker that is making it. */
export function shareExport(kind: ShareKind, id: string, state: string | undefined, lang: Lang): Promise<Uint8Array> {
	const job = { kind, id, state: state ?? chartById(id).states[0], lang };
	const key = keyOf(job);
	if (!made.has(key)) made.set(key, Promise.resolve().then(() => render(job)));
	return made.get(key)!;
}

/** Every share file of the build, grouped by chart state so one worker draws each state once. */
const allJobs = (): Job[] =>
	langs.flatMap((lang) => charts.flatMap((c) => c.states.flatMap((state) => (['preview', 'square', 'pdf'] as const).map((kind) => ({ kind, id: c.id, state, lang })))));

/**
 * Starts making every share file in worker threads, one fewer than the cores (the main thread
 * prerenders the pages meanwhile). Only from the built server code: a worker runs this very module,
 * which Node can load as plain JavaScript only once it is built.
 */
export function startShareExports(): void {
	if (!import.meta.url.endsWith('.js') || made.size) return;
	const count = Math.max(1, Math.min(3, availableParallelism() - 1));
	const pending = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }>();
	const workers = Array.from({ length: count }, () => {
		const w = new Worker(new URL(import.meta.url), { workerData: { role: ROLE } });
		// A finished build must not wait for an idle worker; a broken one must not hang.
		w.unref();
		w.on('message', ({ n, bytes, error }: { n: number; bytes?: Uint8Array; error?: string }) => {
			const p = pending.get(n)!;
			pending.delete(n);
			if (error) p.reject(new Error(error));
			else p.resolve(bytes!);
			if (!pending.size) workers.forEach((x) => void x.terminate());
		});
		w.on('error', (e) => pending.forEach((p) => p.reject(e)));
		return w;
	});
	let n = 0;
	for (const job of allJobs()) {
		const i = n++;
		const worker = workers[Math.floor(i / 3) % count];
		const result = new Promise<Uint8Array>((resolve, reject) => pending.set(i, { resolve, reject }));
		// A failure surfaces when the file is requested, as it would without a worker.
		result.catch(() => {});
		made.set(keyOf(job), result);
		worker.postMessage({ n: i, job });
	}
}

const ROLE = 'share-exports';
if (!isMainThread && workerData?.role === ROLE) {
	parentPort!.on('message', async ({ n, job }: { n: number; job: Job }) => {
		try {
			parentPort!.postMessage({ n, bytes: await render(job) });
		} catch (e) {
			parentPort!.postMessage({ n, error: (e as Error).stack ?? String(e) });
		}
	});
}

function render(job: Job): Uint8Array | Promise<Uint8Array> {
	return job.kind === 'pdf' ? pdfOf(job) : framedPng(job.kind, job);
}

const standalones = new Map<string, StandaloneSvg>();
function standalone({ id, state, lang }: Job): StandaloneSvg {
	const key = `${id}:${state}:${lang}`;
	if (!standalones.has(key)) standalones.set(key, exportSvg(id, state, lang));
	return standalones.get(key)!;
}

/** The chart framed as a preview or a square image, as PNG at exactly the frame's size. */
function framedPng(frame: Frame, job: Job): Uint8Array {
	const def = chartById(job.id);
	const file = standalone(job);
	const { ui } = dictionaries[job.lang];
	const { subtitle } = assembleChart(def, datasets().data, { lang: job.lang, state: job.state, width: file.width }).text;
	const svg = framedSvg(
		file,
		{ site: ui.siteShort, title: file.title, subtitle, sourceLine: file.sourceLine, licence: ui.licenceText },
		frame,
		new URL(publication().siteUrl).host
	);
	return svgToPng(svg, { Title: file.title, Source: file.sourceLine, Copyright: 'CC BY 4.0', URL: file.url }, 1);
}

/** The chart's standalone SVG as a one-page vector PDF with Source Sans 3 embedded. */
function pdfOf(job: Job): Promise<Uint8Array> {
	const file = standalone(job);
	const pub = publication();
	return svgToPdf(file.svg, {
		title: file.title,
		author: pub.author,
		subject: `${file.sourceLine} ${dictionaries[job.lang].ui.licenceText}. ${file.url}`,
		date: new Date(`${pub.released}T00:00:00Z`)
	});
}
