import type { AnalysisInput, AnalysisResult } from '../analysis/analyze-book';
import { describePdf, extractPdfPages, type PdfDescription, type PdfPageText } from '../import/pdf/pdf-page-source';
import { voiceWorkerTasks, type VoiceWorkerTasks } from '../voices/synthesis/voice-worker-tasks';

/** Every task a worker thread can run: its name, input and output, declared once for both sides. */
export interface WorkerTasks extends VoiceWorkerTasks {
  'pdf.describe': { input: { bytes: Uint8Array }; output: PdfDescription };
  'pdf.extractPages': { input: { bytes: Uint8Array; pages: number[] }; output: PdfPageText[] };
  'analysis.analyzeBook': { input: AnalysisInput; output: AnalysisResult };
}
export type WorkerTaskName = keyof WorkerTasks;

export const workerTasks: { [K in WorkerTaskName]: (input: WorkerTasks[K]['input']) => Promise<WorkerTasks[K]['output']> } = {
  'pdf.describe': ({ bytes }) => describePdf(bytes),
  'pdf.extractPages': ({ bytes, pages }) => extractPdfPages(bytes, pages),
  // Loaded on first use: a worker that reads PDF pages never needs the analysis.
  'analysis.analyzeBook': async (input) => (await import('../analysis/analyze-book')).analyzeBook(input),
  ...voiceWorkerTasks,
};
