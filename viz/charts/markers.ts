/**
 * Event markers on a time axis, shared by every chart drawn against months: a vertical
 * line per month with events, numbered from 1 in month order (the page's event list uses
 * the same numbers), and, while there are few of them, labelled with what happened, so a
 * projected chart tells its own story. What the engine reports as events (scheduled,
 * random, live) and what the run's state shows (the partnership dissolved, re-formed, a
 * new leader: `source: 'story'`) are drawn alike; live events in solid ink, the story in
 * solid vermillion-dark, the others dashed grey.
 */
import type { ScaleLinear } from 'd3';
import { EVENT_COLOURS } from './palette';
import { type G, r2, SVG_NS } from './svg';

/** An event on the time axis (the engine's FiredEvent has these fields and more). */
export interface ChartEvent {
  tick: number;
  type: string;
  /** 'scheduled' | 'random' | 'live', or 'story' for a change of the run's state. */
  source?: string;
  order?: string | undefined;
}

/** An event's name when the page gives none: its type in words, with the order a budget cut hits. */
export const defaultEventName = (event: ChartEvent): string => `${event.type.replaceAll('_', ' ')}${event.order ? ` (${event.order})` : ''}`;

/** Events grouped by month, in month order: one marker each, numbered from 1. */
export function eventMarkers(events: readonly ChartEvent[]): { tick: number; events: ChartEvent[] }[] {
  const byTick = new Map<number, ChartEvent[]>();
  for (const event of events) (byTick.get(event.tick) ?? byTick.set(event.tick, []).get(event.tick)!).push(event);
  return [...byTick].sort((a, b) => a[0] - b[0]).map(([tick, list]) => ({ tick, events: list }));
}

/** Markers closer than this (px) are drawn as one, so a long run's hundreds of events stay cheap and legible. */
const MARKER_GAP = 3;
/** Numbers are written above the markers only while they fit. */
const MAX_NUMBERED = 40;
/** Labels are written along the markers only while there are this few and they do not touch. */
const MAX_LABELLED = 10;
/** Markers whose labels would overlap (px apart, at the chart's size) are numbered only. */
const LABEL_GAP = 14;
/** Months named in a marker's tooltip. */
const MAX_TITLE_MONTHS = 5;

interface MarkerGroup {
  at: number;
  months: { tick: number; events: ChartEvent[] }[];
  g: SVGGElement;
}

const kindOf = (events: readonly ChartEvent[]): 'story' | 'live' | 'event' =>
  events.some((e) => e.source === 'story') ? 'story' : events.some((e) => e.source === 'live') ? 'live' : 'event';

/**
 * Markers, added to as events arrive (events only ever add up, in month order, and a
 * month arrives whole): months whose markers would touch share one line, whose title
 * lists them. Numbers are written above the markers while every month has its own and
 * they fit, labels along them while there are few; crossing either line redraws them.
 */
export class Markers {
  private groups: MarkerGroup[] = [];
  private eventsDrawn = 0;
  private numbered = true;
  private labelled = true;

  constructor(
    private root: SVGGElement,
    private eventName: (event: ChartEvent) => string,
    private x: ScaleLinear<number, number>,
    private top: number,
    private bottom: number,
  ) {}

  draw(events: readonly ChartEvent[]): void {
    if (events.length < this.eventsDrawn) this.clear();
    if (events.length === this.eventsDrawn) return;
    const touched = new Set<MarkerGroup>();
    for (const month of eventMarkers(events.slice(this.eventsDrawn))) {
      const at = r2(this.x(month.tick));
      let group = this.groups[this.groups.length - 1];
      if (group && group.months[group.months.length - 1]!.tick === month.tick) group.months[group.months.length - 1]!.events.push(...month.events);
      else if (group && at - group.at < MARKER_GAP) group.months.push(month);
      else {
        group = { at, months: [month], g: this.root.ownerDocument.createElementNS(SVG_NS, 'g') };
        this.groups.push(group);
        this.root.append(group.g);
      }
      touched.add(group);
    }
    this.eventsDrawn = events.length;
    const numbered = this.groups.length <= MAX_NUMBERED && this.groups.every((group) => group.months.length === 1);
    const labelled =
      numbered && this.groups.length <= MAX_LABELLED && this.groups.every((group, k) => k === 0 || group.at - this.groups[k - 1]!.at >= LABEL_GAP);
    if (numbered !== this.numbered || labelled !== this.labelled) {
      this.numbered = numbered;
      this.labelled = labelled;
      for (const group of this.groups) touched.add(group);
    }
    for (const group of touched) this.render(group, this.groups.indexOf(group));
  }

  private clear(): void {
    this.root.replaceChildren();
    this.groups = [];
    this.eventsDrawn = 0;
  }

  private render(group: MarkerGroup, index: number): void {
    const doc = this.root.ownerDocument;
    const all = group.months.flatMap((month) => month.events);
    const kind = kindOf(all);
    const g = group.g;
    g.setAttribute('class', `event-marker${kind === 'event' ? '' : ` ${kind}`}`);
    g.setAttribute('data-tick', String(group.months[0]!.tick));
    g.setAttribute('data-types', [...new Set(all.map((e) => e.type))].join(' '));
    // A long run can put dozens of months under one marker: name the first few, count the rest.
    const named = group.months.slice(0, MAX_TITLE_MONTHS).map(({ tick, events }) => `${tick}: ${events.map(this.eventName).join(', ')}`);
    if (group.months.length > MAX_TITLE_MONTHS) named.push(`… (+${group.months.length - MAX_TITLE_MONTHS})`);
    const title = doc.createElementNS(SVG_NS, 'title');
    title.textContent = named.join('\n');
    const line = doc.createElementNS(SVG_NS, 'line');
    for (const [name, value] of [
      ['x1', group.at],
      ['x2', group.at],
      ['y1', this.top],
      ['y2', this.bottom],
    ] as const)
      line.setAttribute(name, String(value));
    line.setAttribute('stroke', EVENT_COLOURS[kind]);
    line.setAttribute('stroke-width', kind === 'story' ? '2' : '1.5');
    if (kind === 'event') line.setAttribute('stroke-dasharray', '3 3');
    g.replaceChildren(title, line);
    if (this.numbered) {
      const text = doc.createElementNS(SVG_NS, 'text');
      text.setAttribute('class', 'marker-number');
      text.setAttribute('x', String(group.at));
      text.setAttribute('y', String(this.top - 4));
      text.setAttribute('text-anchor', 'middle');
      text.setAttribute('font-size', '10');
      text.textContent = String(index + 1);
      g.append(text);
    }
    if (this.labelled) {
      // Along the line, reading downwards, haloed in white so it stays legible over the curves.
      const label = doc.createElementNS(SVG_NS, 'text');
      label.setAttribute('class', 'marker-label');
      label.setAttribute('transform', `translate(${r2(group.at + 4)},${r2(this.top + 4)}) rotate(90)`);
      label.setAttribute('font-size', '11');
      label.setAttribute('font-weight', kind === 'story' ? 'bold' : 'normal');
      label.setAttribute('fill', EVENT_COLOURS[kind] === EVENT_COLOURS.event ? '#3b4450' : EVENT_COLOURS[kind]);
      label.setAttribute('stroke', '#fff');
      label.setAttribute('stroke-width', '3');
      label.setAttribute('paint-order', 'stroke');
      label.textContent = all.map(this.eventName).join(', ');
      g.append(label);
    }
  }
}

/** The markers of a chart's events, in a group of its plot, from `top` to `bottom` (named by `eventName`, or by their type). */
export function eventLayer(
  plot: G,
  id: string,
  eventName: ((event: ChartEvent) => string) | undefined,
  x: ScaleLinear<number, number>,
  top: number,
  bottom: number,
): Markers {
  return new Markers(plot.append('g').attr('id', `${id}-events`).attr('class', 'events').node()!, eventName ?? defaultEventName, x, top, bottom);
}
