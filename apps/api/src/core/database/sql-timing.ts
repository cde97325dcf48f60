import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import { EventSubscriber, type EntitySubscriberInterface } from 'typeorm';

/** Where a unit of work's time went: wall clock, SQL round trips, and the process's CPU meanwhile. */
export interface WorkTimings {
  wallMs: number;
  /** Time with at least one statement in flight (client side: includes the network and the server). */
  sqlMs: number;
  statements: number;
  /** CPU of the whole process during the work (user + system): exact only when nothing else runs beside it. */
  cpuMs: number;
}

class Meter {
  statements = 0;
  sqlMs = 0;
  private inFlight = 0;
  private since = 0;

  before(): void {
    if (this.inFlight++ === 0) this.since = performance.now();
    this.statements++;
  }

  after(): void {
    if (--this.inFlight === 0) this.sqlMs += performance.now() - this.since;
  }
}

const current = new AsyncLocalStorage<Meter>();
const round = (x: number) => Math.round(x * 10) / 10;

/**
 * Runs `work` and measures it. Statements issued through TypeORM anywhere inside it (any
 * connection, any transaction) count, through `SqlTimingSubscriber`; concurrent statements count
 * once (the union of their intervals), so sqlMs ≤ wallMs.
 */
export async function measureWork<T>(work: () => Promise<T>): Promise<{ result: T; timings: WorkTimings }> {
  const meter = new Meter();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await current.run(meter, work);
  const { user, system } = process.cpuUsage(cpu);
  return {
    result,
    timings: { wallMs: round(performance.now() - started), sqlMs: round(meter.sqlMs), statements: meter.statements, cpuMs: round((user + system) / 1000) },
  };
}

/** TypeORM calls these around every statement; they only count when a `measureWork` is running. */
@EventSubscriber()
export class SqlTimingSubscriber implements EntitySubscriberInterface {
  beforeQuery(): void {
    current.getStore()?.before();
  }

  afterQuery(): void {
    current.getStore()?.after();
  }
}
