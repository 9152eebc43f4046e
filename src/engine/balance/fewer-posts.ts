// Färre tjänster (issue 14, rules § 12): FTE cut on open, non-held posts in steps of 5 percentage
// points (to multiples of 5 points, never below 0 %) until the target is met. A post is a role of an
// initiative: its grant-funded rows share one FTE (an Omfattning sets them all), so a step lowers
// every row and costs their sum. Each step takes the post whose next step reduces the largest
// remaining excess the most (ties: the higher current FTE, then Bemanning order). The steps become
// one Omfattning row per role. A role whose rows differ in FTE, or has a held row, is not cut: it is
// listed in the outcome instead (never silently). An initiative whose Tak binds counts a step only
// for what it changes below the Tak.
import type Decimal from 'decimal.js';
import { Dx } from '../units';
import { nameKey } from '../../workbook/names';
import { sharedFte } from '../role-rows';
import type { Adjustment, BudgetResult, StaffingResult } from '../types';
import type { BalanceContext, OpenInitiative } from './context';
import type { RoleNotCut } from './types';
import { scaled, unscaled } from './scaled';
import { fteText } from './text';

/** 5 percentage points of FTE, scaled. */
const STEP = scaled(new Dx('0.05'));

export interface FewerPosts {
  added: Adjustment[];
  result: BudgetResult;
}

/** An initiative whose Tak binds under the base scenario: how far its uncapped total is above it. */
interface Capped {
  /** Uncapped total − Tak, scaled; a step counts only for what it takes below the Tak. */
  slack: bigint;
  posts: Post[];
}

interface Post {
  open: OpenInitiative;
  /** The role as written on its first row. */
  role: string;
  /** Its grant-funded rows, in Bemanning order. */
  rows: StaffingResult[];
  /** Position of its first row in Bemanning. */
  order: number;
  /** The rows' shared FTE under the base scenario and now, scaled. */
  from: bigint;
  fte: bigint;
  /** The rows' own whole-kronor figures per year under the base scenario, summed, scaled. */
  years: ReadonlyMap<number, bigint>;
  capped: Capped | null;
  /** Bumped at each step: heap entries of an older version are stale. */
  version: number;
  /** What its next step takes off each target year's excess (see effects()). */
  effect: bigint[];
}

interface Entry {
  post: Post;
  version: number;
  value: bigint;
  fte: bigint;
}

/** Best first: the larger cut, then the higher current FTE, then Bemanning order. */
const before = (a: Entry, b: Entry): boolean =>
  a.value !== b.value ? a.value > b.value : a.fte !== b.fte ? a.fte > b.fte : a.post.order < b.post.order;

class Heap {
  private readonly items: Entry[] = [];

  push(entry: Entry): void {
    const items = this.items;
    items.push(entry);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): Entry | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < items.length && before(items[l]!, items[best]!)) best = l;
        if (r < items.length && before(items[r]!, items[best]!)) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best]!, items[i]!];
        i = best;
      }
    }
    return top;
  }
}

/** The largest multiple of 5 points below fte (fte > 0). */
const nextDown = (fte: bigint): bigint => ((fte - 1n) / STEP) * STEP;

const sumYears = (rows: ReadonlyArray<{ proposedByYear: ReadonlyMap<number, Decimal> }>) => {
  const years = new Map<number, bigint>();
  for (const r of rows) for (const [y, v] of r.proposedByYear) years.set(y, (years.get(y) ?? 0n) + scaled(v));
  return years;
};

/**
 * The posts a proposal may cut: per open initiative, each role with grant-funded rows, none held,
 * sharing one FTE above 0. Roles with a held row among others, or with rows of different FTEs, go
 * to `notCut`.
 */
function posts(ctx: BalanceContext, notCut: RoleNotCut[]): Post[] {
  const out: Post[] = [];
  const order = new Map(ctx.base.staffing.map((s, i) => [s, i]));
  for (const open of ctx.open) {
    const grant = open.result.staffing.filter((s) => s.included && s.row.funding === 'grant');
    const roles = new Map<string, StaffingResult[]>();
    for (const s of grant) {
      const key = nameKey(s.row.role);
      roles.set(key, [...(roles.get(key) ?? []), s]);
    }
    let capped: Capped | null = null;
    if (open.result.capApplied !== null) {
      const uncapped = [
        ...sumYears(grant).values(),
        ...sumYears(open.result.costs.filter((c) => c.included && c.row.funding === 'grant')).values(),
      ].reduce((a, b) => a + b, 0n);
      capped = { slack: uncapped - scaled(open.result.capApplied), posts: [] };
    }
    for (const rows of roles.values()) {
      const first = rows[0]!;
      const held = rows.filter((s) => s.row.held).length;
      if (held === rows.length) continue;
      const listed = { initiative: open.name, role: first.row.role };
      const ftes = rows.map((s) => ({ row: s.row.source?.row ?? null, fte: s.fteApplied }));
      if (held > 0) {
        notCut.push({ ...listed, reason: 'held-row', rows: ftes });
        continue;
      }
      if (sharedFte(rows.map((s) => s.fteApplied)) === null) {
        notCut.push({ ...listed, reason: 'different-fte', rows: ftes });
        continue;
      }
      if (!first.fteProposed.gt(0)) continue;
      const fte = scaled(first.fteProposed);
      const post: Post = {
        open,
        role: first.row.role,
        rows,
        order: order.get(first) ?? 0,
        from: fte,
        fte,
        years: sumYears(rows),
        capped,
        version: 0,
        effect: [],
      };
      capped?.posts.push(post);
      out.push(post);
    }
  }
  return out;
}

export function fewerPosts(ctx: BalanceContext): { made: FewerPosts | null; notCut: RoleNotCut[] } {
  const notCut: RoleNotCut[] = [];
  const all = posts(ctx, notCut);
  return { made: all.length === 0 ? null : search(ctx, all), notCut };
}

function search(ctx: BalanceContext, all: Post[]): FewerPosts | null {
  const equity = ctx.target.equityFloor !== null;
  const years = ctx.target.years;
  const cutOf = (p: Post): Map<number, bigint> => {
    const down = nextDown(p.fte);
    const cuts = new Map<number, bigint>();
    for (const [y, v] of p.years) cuts.set(y, (v * (p.fte - down)) / p.from);
    return cuts;
  };
  // What the post's next step takes off each target year's excess: that year's cut, or with the
  // equity target the cuts of every year up to it. Under a binding Tak only the part of the step
  // below the Tak counts, spread over the years as the cut is (the exact recompute decides).
  const effects = (p: Post): bigint[] => {
    const cuts = cutOf(p);
    const slack = p.capped?.slack ?? 0n;
    if (slack > 0n) {
      const whole = [...cuts.values()].reduce((a, b) => a + b, 0n);
      const below = whole - slack;
      for (const [y, c] of cuts) cuts.set(y, below > 0n && whole > 0n ? (c * below) / whole : 0n);
    }
    const cut = (y: number) => cuts.get(y) ?? 0n;
    return years.map((year) =>
      equity ? ctx.equityYearsUpTo(year).reduce((acc, y) => acc + cut(y), 0n) : cut(year),
    );
  };
  const heaps = years.map(() => new Heap());
  const enter = (p: Post): void => {
    if (p.fte <= 0n) return;
    p.effect = effects(p);
    p.effect.forEach((value, i) => {
      if (value > 0n) heaps[i]!.push({ post: p, version: p.version, value, fte: p.fte });
    });
  };
  all.forEach(enter);
  let excess = years.map((y) => ctx.baseExcessScaled.get(y) ?? 0n);
  for (let rounds = 0; rounds <= 50; rounds++) {
    for (;;) {
      let worst = -1;
      excess.forEach((e, i) => {
        if (e > 0n && (worst < 0 || e > excess[worst]!)) worst = i;
      });
      if (worst < 0) break;
      let entry = heaps[worst]!.pop();
      while (entry && entry.version !== entry.post.version) entry = heaps[worst]!.pop();
      if (!entry) return null;
      const post = entry.post;
      const effect = post.effect;
      for (let i = 0; i < excess.length; i++) excess[i] = excess[i]! - effect[i]!;
      const capped = post.capped;
      const binding = capped !== null && capped.slack > 0n;
      if (capped) capped.slack -= [...cutOf(post).values()].reduce((a, b) => a + b, 0n);
      post.fte = nextDown(post.fte);
      post.version += 1;
      enter(post);
      // While the Tak bound, the step moved the Tak's line for the initiative's other posts too.
      if (binding)
        for (const other of capped.posts)
          if (other !== post) {
            other.version += 1;
            enter(other);
          }
    }
    const added = rows(all);
    const result = ctx.evaluate(added);
    if (ctx.meets(result)) return { added, result };
    // The rows' own rounding left a few kronor: go on from the exact figures.
    const exact = ctx.excess(result);
    excess = years.map((y) => scaled(exact.get(y)!));
  }
  return null;
}

function rows(all: readonly Post[]): Adjustment[] {
  return all
    .filter((p) => p.fte !== p.from)
    .sort((a, b) => a.order - b.order)
    .map((p): Adjustment => ({
      id: `Förslag:fte:${p.order}`,
      scenario: '',
      initiative: p.open.name,
      reason: `Balansering: färre tjänster, ${fteText(unscaled(p.from))} → ${fteText(unscaled(p.fte))}`,
      action: 'setFte',
      role: p.role,
      fte: unscaled(p.fte),
    }));
}
