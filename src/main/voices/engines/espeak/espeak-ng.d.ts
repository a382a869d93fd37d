/** The `espeak-ng` package (Emscripten, ES module) ships no types: the part of its Module we use. */
declare module 'espeak-ng' {
  export interface EmscriptenStream {
    fd: number;
    tty?: { output: number[] };
  }

  export interface EmscriptenFS {
    readFile(path: string): Uint8Array;
    writeFile(path: string, data: string | Uint8Array): void;
    unlink(path: string): void;
    stat(path: string): { size: number };
    analyzePath(path: string): { exists: boolean };
    streams: Array<EmscriptenStream | null | undefined>;
    close(stream: EmscriptenStream): void;
  }

  export interface EspeakNgModule {
    FS: EmscriptenFS;
  }

  export interface EspeakNgOptions {
    arguments?: string[];
    noInitialRun?: boolean;
    print?: (line: string) => void;
    printErr?: (line: string) => void;
    instantiateWasm?: (imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance) => void) => object;
  }

  export default function ESpeakNg(options?: EspeakNgOptions): Promise<EspeakNgModule>;
}
