import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract'

/** Every method of the contract, over its checked input. Each area builds a Pick of it. */
export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>> }
