/**
 * cloc maps some extensions to several languages at once ('TypeScript/Qt Linguist' for `.ts`)
 * and settles each by looking at the content. The content here is the head we were given: cloc
 * reads whole files, so a decision that hinges on lines past the head can differ.
 */
import {
  csharpOrGenerated,
  csharpOrSmalltalk,
  forthOrFortran,
  forthOrFsharp,
  reallyIsBrainfuck,
  verilogOrCoq,
} from './compiled-collisions.ts';
import { matlabFamily } from './matlab-family.ts';
import { pascalOrPuppet, phpOrPascal } from './pascal-collisions.ts';
import { languageByInterpreter } from './cloc-language-tables.ts';
import { interpreterOf } from './interpreter.ts';
import {
  antOrXml,
  mavenOrXml,
  qtOrGlade,
  reallyIsSmarty,
  typescriptOrQtLinguist,
  visualBasicTexOrApex,
} from './markup-collisions.ts';
import { rawLines } from './raw-lines.ts';
import {
  idlQtProjectPrologOrProGuard,
  lispOrJulia,
  lispOrOpenCL,
  perlOrProlog,
  rakuOrProlog,
  schemeOrSaltStack,
} from './script-collisions.ts';

interface Content {
  readonly text: string;
  readonly lines: readonly string[];
  readonly extension: string;
}

type Resolver = (content: Content) => string | null;

const resolvers: ReadonlyMap<string, Resolver> = new Map<string, Resolver>([
  ['Ant/XML', ({ lines }) => antOrXml(lines)],
  ['Maven/XML', ({ lines }) => mavenOrXml(lines)],
  ['MATLAB/Mathematica/Objective-C/MUMPS/Mercury', ({ lines }) => matlabFamily(lines)],
  ['PHP/Pascal', ({ lines }) => phpOrPascal(lines)],
  ['Pascal/Puppet', ({ lines }) => pascalOrPuppet(lines)],
  ['Lisp/OpenCL', ({ lines }) => lispOrOpenCL(lines)],
  ['Lisp/Julia', ({ lines }) => lispOrJulia(lines)],
  ['Perl/Prolog', ({ lines }) => perlOrProlog(lines)],
  ['Raku/Prolog', ({ lines }) => rakuOrProlog(lines)],
  ['IDL/Qt Project/Prolog/ProGuard', ({ lines }) => idlQtProjectPrologOrProGuard(lines)],
  ['D/dtrace', dOrInitScript],
  ['Fortran 77/Forth', ({ lines }) => forthOrFortran(lines)],
  ['F#/Forth', ({ lines }) => forthOrFsharp(lines)],
  ['Verilog-SystemVerilog/Coq', ({ lines }) => verilogOrCoq(lines)],
  ['Smarty', ({ lines, extension }) => (extension !== 'tpl' || reallyIsSmarty(lines) ? 'Smarty' : null)],
  ['TypeScript/Qt Linguist', ({ lines }) => typescriptOrQtLinguist(lines)],
  ['Qt/Glade', ({ lines }) => qtOrGlade(lines)],
  ['C#/Smalltalk', csharp],
  ['Scheme/SaltStack', ({ lines }) => schemeOrSaltStack(lines)],
  ['Visual Basic/TeX/Apex Class', ({ lines }) => visualBasicTexOrApex(lines)],
  ['Brainfuck', ({ lines }) => (reallyIsBrainfuck(lines) ? 'Brainfuck' : null)],
]);

/** The language for a table entry, or null when cloc would leave the file uncounted. */
export function resolveCollision(mapped: string, text: string, extension = ''): string | null {
  const resolve = resolvers.get(mapped);
  if (resolve === undefined) return mapped;
  return resolve({ text, lines: rawLines(text), extension });
}

/** `.d` files are D, unless a `#!` line makes them an init.d script. */
function dOrInitScript({ text }: Content): string | null {
  const interpreter = interpreterOf(text);
  if (interpreter === '') return 'D';
  return languageByInterpreter.get(interpreter) ?? null;
}

function csharp({ lines }: Content): string {
  const language = csharpOrSmalltalk(lines);
  return language === 'C#' ? csharpOrGenerated(lines) : language;
}
