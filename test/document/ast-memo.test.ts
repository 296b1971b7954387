import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { DockerfileParser, Onbuild, type Argument, type Instruction, type ModifiableInstruction } from 'dockerfile-ast';
import { tokeniseUncached } from '../../src/document/ast-memo.js';

const shape = (args: Argument[]) => args.map((a) => [a.getValue(), a.getRange()]);

const FILE = [
  '# escape=\\',
  'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
  'RUN --mount=type=cache,target=/root/.cache \\',
  '    # a comment line inside the continuation',
  '    --network=none go build \\',
  '      -o /out ./...',
  'COPY --from=build --chmod=755 /out /usr/local/bin/',
  'RUN <<EOF',
  'set -e',
  'echo hi',
  'EOF',
  'RUN ["sh", "-c", "echo a"]',
  'ONBUILD RUN apt-get update',
  'ENV A=1 B="two words"',
  '',
].join('\r\n');

describe('dockerfile-ast, read through the memo', () => {
  afterEach(() => jest.restoreAllMocks());

  test('a RUN is tokenised once per parse, although dockerfile-ast builds it twice and its constructor asks four times', () => {
    const documentOf = (i: Instruction) => (i as unknown as { document: object }).document;
    const textDocument = Object.getPrototypeOf(documentOf(DockerfileParser.parse('FROM a').getInstructions()[0]!));
    const positionAt = jest.spyOn(textDocument as { positionAt: () => unknown }, 'positionAt');
    const callsFor = (run: string) => {
      positionAt.mockClear();
      DockerfileParser.parse(`FROM a\n${run}\n`);
      return positionAt.mock.calls.length;
    };
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    // A tokenisation asks for a position at both ends of every argument: 100 more arguments, 200 more calls each time.
    expect(callsFor(`RUN echo ${words}`) - callsFor('RUN echo')).toBe(200);
    expect(callsFor(`RUN --network=none echo ${words}`) - callsFor('RUN --network=none echo')).toBe(200);
  });

  test('an instruction asked for its arguments again after the parse is not tokenised again', () => {
    const instructions = DockerfileParser.parse(FILE).getInstructions();
    const run = instructions.find((i) => i.getKeyword() === 'RUN') as ModifiableInstruction;
    const positionAt = jest.spyOn(
      (run as unknown as { document: { positionAt: () => unknown } }).document,
      'positionAt',
    );
    run.getArguments();
    run.getArgumentsRange();
    run.getRawArgumentsContent();
    run.getFlags();
    // Each tokenisation asks the document for a position at both ends of every argument.
    expect(positionAt).not.toHaveBeenCalled();
  });

  test('every instruction gets what dockerfile-ast tokenises, without its flags, however often it asks', () => {
    expect(tokeniseUncached).not.toBeNull();
    const parsed = DockerfileParser.parse(FILE);
    const instructions = parsed
      .getInstructions()
      .flatMap((i): Instruction[] => (i instanceof Onbuild ? [i, i.getTriggerInstruction()!] : [i]));
    for (const instruction of instructions) {
      const tokens = shape(tokeniseUncached!.call(instruction));
      const flags = 'getFlags' in instruction ? (instruction as ModifiableInstruction).getFlags().length : 0;
      // ModifiableInstruction drops its flags from the list it is handed: a memo that shared one list would lose
      // an argument on every call.
      expect(shape(instruction.getArguments())).toEqual(tokens.slice(flags));
      expect(shape(instruction.getArguments())).toEqual(tokens.slice(flags));
    }
  });
});
