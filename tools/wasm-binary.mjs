// Reading WebAssembly's binary format, the few pieces the tools need: LEB128 numbers, names,
// import descriptions (wasm-sizes.mjs, wasm-imports.mjs). Writing: LEB128 and names.

/** A cursor over a module's bytes, from just after the magic number and version. */
export class WasmReader {
  constructor(bytes, pos = 8) {
    this.bytes = bytes;
    this.pos = pos;
  }

  get done() {
    return this.pos >= this.bytes.length;
  }

  byte() {
    return this.bytes[this.pos++];
  }

  /** An unsigned LEB128 number. */
  u32() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = this.bytes[this.pos++];
      result |= (byte & 0x7f) << shift;
      if (!(byte & 0x80)) return result >>> 0;
      shift += 7;
    }
  }

  /** A length-prefixed UTF-8 name. */
  name() {
    const length = this.u32();
    const value = this.bytes.toString('utf8', this.pos, this.pos + length);
    this.pos += length;
    return value;
  }

  /** Steps over an import's description (after its two names); returns its kind
   * (0 function, 1 table, 2 memory, 3 global, 4 tag). */
  importDescription() {
    const kind = this.byte();
    const limits = () => {
      const flags = this.byte();
      this.u32();
      if (flags & 1) this.u32();
    };
    if (kind === 0) this.u32(); // type index
    else if (kind === 1) { this.pos++; limits(); } // element type, limits
    else if (kind === 2) limits();
    else if (kind === 3) this.pos += 2; // value type, mutability
    else if (kind === 4) { this.pos++; this.u32(); } // attribute, type index
    else throw new Error(`unknown import kind ${kind} at byte ${this.pos - 1}`);
    return kind;
  }
}

/** `n` as unsigned LEB128. */
export function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

/** `text` as a length-prefixed UTF-8 name. */
export function wasmName(text) {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
}
