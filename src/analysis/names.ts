/** Strings numbered in the order first seen (interning: facts hold numbers, not strings). */
export class Names {
  private readonly numbers = new Map<string, number>();
  readonly names: string[] = [];

  constructor(...first: string[]) {
    for (const name of first) this.number(name);
  }

  number(name: string): number {
    let n = this.numbers.get(name);
    if (n === undefined) {
      n = this.names.length;
      this.names.push(name);
      this.numbers.set(name, n);
    }
    return n;
  }
}
