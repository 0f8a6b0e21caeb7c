/**
 * Our `runMain`: citty's, with the exit codes the CLI promises (citty exits 1 on usage errors).
 * Only this function calls `process.exit`.
 */
import type { CommandDef } from 'citty';
import { UsageError } from './errors.ts';

interface Citty {
  runCommand: (cmd: CommandDef<any>, opts: { rawArgs: string[] }) => Promise<unknown>;
  showUsage: (cmd: CommandDef<any>, parent?: CommandDef<any>) => Promise<void>;
}

async function resolveSub(cmd: CommandDef<any>, rawArgs: string[]): Promise<[CommandDef<any>, CommandDef<any> | undefined]> {
  const subs = typeof cmd.subCommands === 'function' ? await cmd.subCommands() : await cmd.subCommands;
  const name = rawArgs.find((a) => !a.startsWith('-'));
  const sub = name && subs ? (subs as Record<string, any>)[name] : undefined;
  if (!sub) return [cmd, undefined];
  const loaded = typeof sub === 'function' ? await sub() : await sub;
  return [loaded, cmd];
}

export async function runCli(main: CommandDef<any>, rawArgs: string[], citty: Citty): Promise<never> {
  try {
    if (rawArgs.length === 0 || rawArgs.includes('--help') || rawArgs.includes('-h')) {
      const [cmd, parent] = await resolveSub(main, rawArgs);
      await citty.showUsage(cmd, parent);
      process.exit(rawArgs.length === 0 ? 2 : 0);
    }
    if (rawArgs.length === 1 && (rawArgs[0] === '--version' || rawArgs[0] === '-v')) {
      console.log('0.1.0');
      process.exit(0);
    }
    await citty.runCommand(main, { rawArgs });
    process.exit(process.exitCode ?? 0);
  } catch (error) {
    const usage = error instanceof UsageError || (error as { name?: string }).name === 'CLIError';
    if (usage) {
      const plain = (t: string) => (process.stderr.isTTY && !process.env.NO_COLOR ? t : t.replace(/\x1b\[[0-9;]*m/g, ''));
      const [, parent] = await resolveSub(main, rawArgs).catch(() => [main, undefined] as const);
      const name = parent ? `sitrep ${rawArgs.find((a) => !a.startsWith('-'))}` : 'sitrep';
      console.error(plain(`sitrep: ${(error as Error).message}`));
      console.error(`Run '${name} --help' for usage.`);
      process.exit(2);
    }
    console.error(`sitrep: ${(error as Error).message ?? error}`);
    if (process.env.SITREP_DEBUG) console.error(error);
    process.exit(1);
  }
}
