// Färre tjänster (issue 14, rules § 12): FTE cut on open, non-held staffing rows in steps of 5
// percentage points (to multiples of 5 points, never below 0 %) until the target is met. Each step
// takes the row whose next step reduces the largest remaining excess the most (ties: the higher
// current FTE, then Bemanning order). The steps become one Omfattning row per role.
import { Dx } from '../units';
import { nameKey } from '../../workbook/names';
import type { Adjustment, BudgetResult, StaffingResult } from '../types';
import type { BalanceContext, OpenInitiative } from './context';
import { scaled, unscaled } from './scaled';
import { fteText } from './text';

/** 5 percentage points of FTE, scaled. */
const STEP = scaled(new Dx('0.05'));

export interface FewerPosts {
  added: Adjustment[];
  result: BudgetResult;
}

interface Post {
  open: OpenInitiative;
  row: StaffingResult;
  /** Position in Bemanning. */
  order: number;
  /** FTE under the base scenario and now, scaled. */
  from: bigint;
  fte: bigint;
  /** The row's own whole-kronor figures per year under the base scenario, scaled. */
  years: ReadonlyMap<number, bigint>;
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

/** Rows a proposal may cut: grant-funded, not held, of a role with one such row (Omfattning names a role). */
function posts(ctx: BalanceContext): Post[] {
  const out: Post[] = [];
  const order = new Map(ctx.base.staffing.map((s, i) => [s, i]));
  for (const open of ctx.open) {
    // A Tak that binds decides the total whatever the FTE: its posts are left to the Tak.
    if (open.result.capApplied !== null) continue;
    const grant = open.result.staffing.filter((s) => s.included && s.row.funding === 'grant');
    for (const s of grant) {
      if (s.row.held || s.removed || !s.fteProposed.gt(0)) continue;
      const key = nameKey(s.row.role);
      if (grant.filter((g) => nameKey(g.row.role) === key).length !== 1) continue;
      const fte = scaled(s.fteProposed);
      out.push({
        open,
        row: s,
        order: order.get(s) ?? 0,
        from: fte,
        fte,
        years: new Map([...s.proposedByYear].map(([y, v]) => [y, scaled(v)])),
        version: 0,
        effect: [],
      });
    }
  }
  return out;
}

export function fewerPosts(ctx: BalanceContext): FewerPosts | null {
  const all = posts(ctx);
  if (all.length === 0) return null;
  const equity = ctx.target.equityFloor !== null;
  const years = ctx.target.years;
  // What the post's next step takes off each target year's excess: that year's cut, or with the
  // equity target the cuts of every year up to it.
  const effects = (p: Post): bigint[] => {
    const down = nextDown(p.fte);
    const cut = (y: number) => ((p.years.get(y) ?? 0n) * (p.fte - down)) / p.from;
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
      post.fte = nextDown(post.fte);
      post.version += 1;
      enter(post);
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
      role: p.row.row.role,
      fte: unscaled(p.fte),
    }));
}
