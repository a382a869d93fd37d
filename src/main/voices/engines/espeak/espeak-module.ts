import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ESpeakNg, { type EspeakNgModule } from 'espeak-ng';

interface WasmExports {
  memory: WebAssembly.Memory;
  __emscripten_embedded_file_data: WebAssembly.Global;
  __main_argc_argv(argc: number, argv: number): number;
  stackSave(): number;
  stackRestore(pointer: number): void;
  stackAlloc(size: number): number;
}

export interface EspeakRun {
  /** The program's exit status: 0 when it succeeded. */
  status: number;
  stdout: string[];
  stderr: string[];
}

const INPUT_PATH = '/tmp/dramatis-input.txt';

let compiled: Promise<WebAssembly.Module> | null = null;

/** Compiled once per thread; each instance then costs only its memory and start-up. */
function compileWasm(): Promise<WebAssembly.Module> {
  const entry = createRequire(import.meta.url).resolve('espeak-ng');
  compiled ??= WebAssembly.compile(readFileSync(join(dirname(entry), 'espeak-ng.wasm')));
  return compiled;
}

/**
 * Where the memory a run can change lies: all of it except the embedded data files (17 MB of voice
 * and dictionary data that nothing writes), and nothing above the heap's break (`sbrk`), whose
 * address in memory is found once at load.
 */
interface MemoryLayout {
  filesStart: number;
  filesEnd: number;
  breakAddress: number;
}

/**
 * eSpeak NG's command-line program, compiled to WebAssembly, kept loaded. Its `main` keeps state
 * between calls (getopt's index, parameter stacks, voice data), so the memory as it was right after
 * start-up is saved once and written back before every call: each call then behaves exactly as a
 * freshly loaded program would. Only what a run can have changed is written back (about 1 MB, not
 * the 32 MB of the whole memory) when the memory's layout could be established at load.
 */
export class EspeakModule {
  private sink: { stdout: string[]; stderr: string[]; onLine?: (line: string) => void } = { stdout: [], stderr: [] };

  private layout: MemoryLayout | null = null;
  /** Set when a run failed inside the program (not a plain exit): the instance is not reused. */
  broken = false;

  private constructor(
    private readonly module: EspeakNgModule,
    private readonly wasm: WasmExports,
    private readonly pristine: Uint8Array,
  ) {}

  static async load(): Promise<EspeakModule> {
    const wasmModule = await compileWasm();
    let wasm: WasmExports | null = null;
    let self: EspeakModule | null = null;
    // Emscripten waits for ever on an instantiation that fails later; the race turns that into an error.
    let fail: (error: unknown) => void = () => undefined;
    const failure = new Promise<never>((_, reject) => (fail = reject));
    const module = await Promise.race([
      ESpeakNg({
        noInitialRun: true,
        print: (line) => self?.receive('stdout', line),
        printErr: (line) => self?.receive('stderr', line),
        instantiateWasm(imports, receive) {
          WebAssembly.instantiate(wasmModule, imports).then((instance) => {
            wasm = instance.exports as unknown as WasmExports;
            receive(instance);
          }, fail);
          return {};
        },
      }),
      failure,
    ]);
    if (!wasm) throw new Error('eSpeak NG did not start');
    const exports: WasmExports = wasm;
    self = new EspeakModule(module, exports, new Uint8Array(exports.memory.buffer).slice());
    self.layout = self.findLayout();
    return self;
  }

  /** Whether runs write back only the memory they can change (see MemoryLayout). */
  get partialRestore(): boolean {
    return this.layout !== null;
  }

  /**
   * Runs `espeak-ng ARGS` to completion, reading `input` (given as a file: the arguments live on a
   * 64 KB stack, too small for a chapter). `onStdout` sees each line as the program writes it, while
   * the program is still running (eSpeak writes a clause's phonemes just before synthesising it).
   */
  run(args: string[], options: { input?: string; onStdout?: (line: string) => void } = {}): EspeakRun {
    if (options.input !== undefined) {
      this.module.FS.writeFile(INPUT_PATH, options.input);
      args = [...args, '-f', INPUT_PATH];
    }
    const onStdout = options.onStdout;
    this.restore();
    this.sink = { stdout: [], stderr: [], onLine: onStdout };
    const exitCode = process.exitCode;
    const stack = this.wasm.stackSave();
    let status: number;
    try {
      status = this.wasm.__main_argc_argv(args.length + 1, this.writeArgv(['espeak-ng', ...args]));
    } catch (error) {
      // exit() inside the program ends it by throwing Emscripten's ExitStatus, which sets process.exitCode.
      if (!isExitStatus(error)) {
        this.broken = true;
        throw error;
      }
      status = error.status;
    } finally {
      this.wasm.stackRestore(stack);
      process.exitCode = exitCode;
      this.flushPartialLines();
    }
    const { stdout, stderr } = this.sink;
    this.sink = { stdout: [], stderr: [] };
    if (options.input !== undefined) this.module.FS.unlink(INPUT_PATH);
    return { status, stdout, stderr };
  }

  /** Reads a file the program wrote, and deletes it. */
  takeFile(path: string): Uint8Array {
    const bytes = this.module.FS.readFile(path);
    this.module.FS.unlink(path);
    return bytes;
  }

  /** How many bytes the program has written to a file so far, 0 before it exists. */
  fileSize(path: string): number {
    return this.module.FS.analyzePath(path).exists ? this.module.FS.stat(path).size : 0;
  }

  private restore(): void {
    const memory = new Uint8Array(this.wasm.memory.buffer);
    if (!this.layout) {
      memory.set(this.pristine);
      memory.fill(0, this.pristine.length);
      return;
    }
    const { filesStart, filesEnd, breakAddress } = this.layout;
    const heapEnd = new DataView(memory.buffer).getUint32(breakAddress, true);
    memory.set(this.pristine.subarray(0, filesStart));
    memory.set(this.pristine.subarray(filesEnd, Math.min(heapEnd, this.pristine.length)), filesEnd);
    if (heapEnd > this.pristine.length) memory.fill(0, this.pristine.length, heapEnd);
  }

  /**
   * Finds the embedded files (from Emscripten's table of them) and the heap's break: the one word
   * after the files that points just past the initialised memory and grows when a run allocates.
   * The layout is used only if a probe run changed nothing outside it; otherwise every run writes
   * back the whole memory.
   */
  private findLayout(): MemoryLayout | null {
    const words = new Uint32Array(this.pristine.buffer);
    let filesStart = Infinity;
    let filesEnd = 0;
    for (let entry = this.wasm.__emscripten_embedded_file_data.value as number; entry > 0 && words[entry / 4] !== 0; entry += 12) {
      const length = words[entry / 4 + 1] ?? 0;
      const content = words[entry / 4 + 2] ?? 0;
      filesStart = Math.min(filesStart, content);
      filesEnd = Math.max(filesEnd, content + length);
    }
    if (!(filesStart < filesEnd) || filesEnd > this.pristine.length) return null;
    let lastSet = words.length - 1;
    while (lastSet > 0 && words[lastSet] === 0) lastSet--;
    const initialised = (lastSet + 1) * 4;
    const candidates: number[] = [];
    for (let i = Math.ceil(filesEnd / 4); i <= lastSet; i++) {
      const value = words[i] ?? 0;
      if (value >= initialised && value <= initialised + 65536 && value % 8 === 0) candidates.push(i * 4);
    }
    this.run(['-q', '-v', 'gmw/en'], { input: 'Probe.' });
    const memory = new Uint8Array(this.wasm.memory.buffer);
    const view = new DataView(memory.buffer);
    const grown = candidates.filter((address) => view.getUint32(address, true) > (words[address / 4] ?? 0));
    const [breakAddress] = grown;
    if (grown.length !== 1 || breakAddress === undefined) return null;
    const heapEnd = view.getUint32(breakAddress, true);
    const untouched = (from: number, to: number): boolean => Buffer.compare(memory.subarray(from, to), this.pristine.subarray(from, to)) === 0;
    if (heapEnd > this.pristine.length || !untouched(filesStart, filesEnd) || !untouched(heapEnd, this.pristine.length)) return null;
    return { filesStart, filesEnd, breakAddress };
  }

  private receive(stream: 'stdout' | 'stderr', line: string): void {
    this.sink[stream].push(line);
    if (stream === 'stdout') this.sink.onLine?.(line);
  }

  private writeArgv(args: string[]): number {
    const encoder = new TextEncoder();
    const pointers = args.map((arg) => {
      const bytes = encoder.encode(`${arg}\0`);
      const pointer = this.wasm.stackAlloc(bytes.length);
      new Uint8Array(this.wasm.memory.buffer).set(bytes, pointer);
      return pointer;
    });
    const argv = this.wasm.stackAlloc((pointers.length + 1) * 4);
    const heap = new Uint32Array(this.wasm.memory.buffer);
    pointers.forEach((pointer, i) => (heap[argv / 4 + i] = pointer));
    heap[argv / 4 + pointers.length] = 0;
    return argv;
  }

  /** A last line without a newline stays in Emscripten's terminal buffer; it belongs to this run. */
  private flushPartialLines(): void {
    for (const [fd, stream] of [[1, 'stdout'], [2, 'stderr']] as const) {
      const tty = this.module.FS.streams[fd]?.tty;
      if (tty && tty.output.length > 0) {
        this.receive(stream, new TextDecoder().decode(new Uint8Array(tty.output)));
        tty.output = [];
      }
    }
  }
}

function isExitStatus(error: unknown): error is { status: number } {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'ExitStatus' && typeof (error as { status?: unknown }).status === 'number';
}

let shared: Promise<EspeakModule> | null = null;

/** The thread's one eSpeak NG instance, loaded on first use and kept; replaced if a run broke it. */
export function sharedEspeak(): Promise<EspeakModule> {
  if (!shared) {
    const loading = EspeakModule.load();
    loading.catch(() => {
      if (shared === loading) shared = null;
    });
    shared = loading;
  }
  const current = shared;
  return current.then((module) => {
    if (!module.broken) return module;
    if (shared === current) shared = null;
    return sharedEspeak();
  });
}
