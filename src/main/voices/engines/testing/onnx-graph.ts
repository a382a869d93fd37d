import { ATTR_INT, ATTR_INTS, ModelProto, ONNX_FLOAT, ONNX_INT64 } from './onnx-proto';

type ElemType = typeof ONNX_FLOAT | typeof ONNX_INT64;
type Attribute = number | number[];

interface ValueInfo {
  name: string;
  type: { tensorType: { elemType: number; shape: { dim: Array<{ dimValue: number } | { dimParam: string }> } } };
}

/** Piper's export opset; `irVersion` 8 is the IR that opset 15 shipped with. */
const OPSET = 15;
const IR_VERSION = 8;

/**
 * Builds a small ONNX graph from standard operators, for models that tests generate instead of
 * downloading. Every op returns the name of its output so graphs read like expressions.
 */
export class OnnxGraph {
  private readonly nodes: object[] = [];
  private readonly initializers: object[] = [];
  private readonly inputs: ValueInfo[] = [];
  private readonly outputs: ValueInfo[] = [];
  private counter = 0;

  input(name: string, elemType: ElemType, dims: Array<number | string>): string {
    this.inputs.push(valueInfo(name, elemType, dims));
    return name;
  }

  output(name: string, elemType: ElemType, dims: Array<number | string>, from: string): void {
    this.op('Identity', [from], {}, name);
    this.outputs.push(valueInfo(name, elemType, dims));
  }

  floats(values: number[], dims: number[] = []): string {
    return this.constant(ONNX_FLOAT, new Uint8Array(new Float32Array(values).buffer), dims);
  }

  int64s(values: number[], dims: number[] = []): string {
    return this.constant(ONNX_INT64, new Uint8Array(new BigInt64Array(values.map(BigInt)).buffer), dims);
  }

  op(opType: string, inputs: string[], attributes: Record<string, Attribute> = {}, output?: string): string {
    const name = output ?? `${opType.toLowerCase()}_${this.counter++}`;
    const attribute = Object.entries(attributes).map(([key, value]) =>
      Array.isArray(value) ? { name: key, type: ATTR_INTS, ints: value } : { name: key, type: ATTR_INT, i: value },
    );
    this.nodes.push({ opType, name: `${name}_node`, input: inputs, output: [name], attribute });
    return name;
  }

  encode(producerName: string): Uint8Array {
    const model = {
      irVersion: IR_VERSION,
      producerName,
      opsetImport: [{ domain: '', version: OPSET }],
      graph: { name: producerName, node: this.nodes, initializer: this.initializers, input: this.inputs, output: this.outputs },
    };
    const problem = ModelProto.verify(model);
    if (problem) throw new Error(`invalid test model: ${problem}`);
    return ModelProto.encode(ModelProto.fromObject(model)).finish();
  }

  private constant(dataType: number, rawData: Uint8Array, dims: number[]): string {
    const name = `const_${this.counter++}`;
    this.initializers.push({ name, dataType, dims, rawData });
    return name;
  }
}

function valueInfo(name: string, elemType: number, dims: Array<number | string>): ValueInfo {
  const dim = dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d }));
  return { name, type: { tensorType: { elemType, shape: { dim } } } };
}
