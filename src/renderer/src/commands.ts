import { onBeforeUnmount, onMounted } from 'vue'
import type { AppCommand, CommandType } from '../../shared/commands'

type Handler<T extends CommandType> = (command: Extract<AppCommand, { type: T }>) => void

const handlers = new Map<CommandType, (command: AppCommand) => void>()

/**
 * The component that can carry out a command handles it while it is on screen: the comparison
 * its change steps, the app the rest. Keys, the Electron menu and drops all end in `runCommand`.
 */
export function useCommand<T extends CommandType>(type: T, handler: Handler<T>): void {
  // The map holds each handler under its own command's type, so the command it gets is of that type.
  const anyCommand = handler as unknown as (command: AppCommand) => void
  onMounted(() => handlers.set(type, anyCommand))
  onBeforeUnmount(() => {
    if (handlers.get(type) === anyCommand) handlers.delete(type)
  })
}

/** Carries out a command; false when nothing on screen handles it now. */
export function runCommand(command: AppCommand): boolean {
  const handler = handlers.get(command.type)
  handler?.(command)
  return handler !== undefined
}
