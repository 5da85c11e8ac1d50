import type { Decision } from '../decisions/decision.js';
import type { DecisionContext } from '../decisions/writer.js';

/**
 * An aggregate as Emmett's deciders shape it: its state from `initialState` and `evolve`, and the
 * events a command adds (or why it is refused) from `decide`. `decide` also gets the context (who
 * writes, when, the reference data, a read-only lookup of the other aggregates it reads); `evolve`
 * is only called with the aggregate's own events, in version order.
 */
export type Decider<State, Command, Event> = {
  initialState: () => State;
  evolve: (state: State, event: Event) => State;
  decide: (command: Command, state: State, context: DecisionContext) => Decision;
};
