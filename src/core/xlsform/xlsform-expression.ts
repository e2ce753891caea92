/**
 * The part of XPath that XLSForm's `relevant` and `constraint` columns use, parsed into a small tree:
 * `and`, `or`, comparisons (= != < <= > >=), function calls (`selected(...)`, `not(...)`, `string-length(.)`,
 * `count-selected(.)`, `date('...')`), `${name}` references, `.` (this question), strings and numbers.
 * Parentheses are kept as nodes, so `(a and b) and c` stays two levels deep, as it was written.
 * Arithmetic, paths and anything else is refused with a message saying what was found.
 */
export type Expression =
  | { kind: 'or' | 'and'; items: Expression[] }
  | { kind: 'parens'; inner: Expression }
  | { kind: 'compare'; op: CompareOp; left: Expression; right: Expression }
  | { kind: 'call'; name: string; args: Expression[] }
  | { kind: 'ref'; name: string }
  | { kind: 'self' }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number };

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

export type Parsed = { ok: true; expression: Expression } | { ok: false; error: string };

type Token =
  | { t: 'ref'; name: string }
  | { t: 'string'; value: string }
  | { t: 'number'; value: number }
  | { t: 'word'; word: string }
  | { t: 'op'; op: CompareOp }
  | { t: '(' | ')' | ',' | '.' };

class SyntaxProblem {
  constructor(readonly message: string) {}
}

export function parseExpression(text: string): Parsed {
  try {
    const tokens = tokenize(text);
    const parser = new Parser(tokens);
    const expression = parser.orExpression();
    if (!parser.done()) throw new SyntaxProblem(`unexpected ${parser.describeNext()}`);
    return { ok: true, expression };
  } catch (problem) {
    if (problem instanceof SyntaxProblem) return { ok: false, error: problem.message };
    throw problem;
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const ref = /^\$\{\s*([^}\s]+)\s*\}/.exec(rest);
    const quoted = /^'([^']*)'|^"([^"]*)"/.exec(rest);
    const number = /^-?\d+(\.\d+)?/.exec(rest);
    const word = /^[A-Za-z_][A-Za-z0-9_:-]*/.exec(rest);
    const op = /^(!=|<=|>=|=|<|>)/.exec(rest);
    if (ref) tokens.push({ t: 'ref', name: ref[1] as string });
    else if (quoted) tokens.push({ t: 'string', value: quoted[1] ?? quoted[2] ?? '' });
    else if (number) tokens.push({ t: 'number', value: Number(number[0]) });
    else if (word) tokens.push({ t: 'word', word: word[0] });
    else if (op) tokens.push({ t: 'op', op: op[0] as CompareOp });
    else if ('(),.'.includes(rest[0] as string)) tokens.push({ t: rest[0] as '(' | ')' | ',' | '.' });
    else throw new SyntaxProblem(`"${rest[0]}" is not part of the expressions Chorus reads`);
    i += (ref ?? quoted ?? number ?? word ?? op)?.[0].length ?? 1;
  }
  return tokens;
}

class Parser {
  #at = 0;
  constructor(readonly tokens: Token[]) {}

  done(): boolean {
    return this.#at >= this.tokens.length;
  }

  describeNext(): string {
    const token = this.tokens[this.#at];
    if (!token) return 'end of the expression';
    if (token.t === 'word') return `"${token.word}"`;
    if (token.t === 'op') return `"${token.op}"`;
    if (token.t === 'ref') return `"\${${token.name}}"`;
    if (token.t === 'string') return `'${token.value}'`;
    if (token.t === 'number') return `${token.value}`;
    return `"${token.t}"`;
  }

  orExpression(): Expression {
    return this.#chain('or', () => this.#chain('and', () => this.#comparison()));
  }

  #chain(kind: 'or' | 'and', next: () => Expression): Expression {
    const items = [next()];
    while (this.#isWord(kind)) {
      this.#at++;
      items.push(next());
    }
    return items.length === 1 ? (items[0] as Expression) : { kind, items };
  }

  #comparison(): Expression {
    const left = this.#operand();
    const token = this.tokens[this.#at];
    if (token?.t !== 'op') return left;
    this.#at++;
    return { kind: 'compare', op: token.op, left, right: this.#operand() };
  }

  #operand(): Expression {
    const token = this.tokens[this.#at++];
    if (!token) throw new SyntaxProblem('the expression ends too early');
    switch (token.t) {
      case 'ref':
        return { kind: 'ref', name: token.name };
      case 'string':
        return { kind: 'string', value: token.value };
      case 'number':
        return { kind: 'number', value: token.value };
      case '.':
        return { kind: 'self' };
      case '(': {
        const inner = this.orExpression();
        this.#expect(')');
        return { kind: 'parens', inner };
      }
      case 'word': {
        if (this.tokens[this.#at]?.t !== '(') {
          throw new SyntaxProblem(
            `"${token.word}" is not a value Chorus can read (only \${name}, '.', text and numbers)`,
          );
        }
        this.#at++;
        const args: Expression[] = [];
        if (this.tokens[this.#at]?.t !== ')') {
          args.push(this.orExpression());
          while (this.tokens[this.#at]?.t === ',') {
            this.#at++;
            args.push(this.orExpression());
          }
        }
        this.#expect(')');
        return { kind: 'call', name: token.word, args };
      }
      default:
        this.#at--;
        throw new SyntaxProblem(`unexpected ${this.describeNext()}`);
    }
  }

  #isWord(word: string): boolean {
    const token = this.tokens[this.#at];
    return token?.t === 'word' && token.word === word;
  }

  #expect(t: ')'): void {
    if (this.tokens[this.#at]?.t !== t) throw new SyntaxProblem(`expected "${t}" but found ${this.describeNext()}`);
    this.#at++;
  }
}

/** The expression written back as text, as parsed (for messages about part of an expression). */
export function expressionText(e: Expression): string {
  switch (e.kind) {
    case 'or':
    case 'and':
      return e.items.map(expressionText).join(` ${e.kind} `);
    case 'parens':
      return `(${expressionText(e.inner)})`;
    case 'compare':
      return `${expressionText(e.left)} ${e.op} ${expressionText(e.right)}`;
    case 'call':
      return `${e.name}(${e.args.map(expressionText).join(', ')})`;
    case 'ref':
      return `\${${e.name}}`;
    case 'self':
      return '.';
    case 'string':
      return `'${e.value}'`;
    case 'number':
      return String(e.value);
  }
}
