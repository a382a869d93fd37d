import { z } from 'zod';

/** Declares a request: the schema checks the input at runtime, `O` types the output. */
export function request<O>() {
  return <S extends z.ZodType>(input: S) => ({ input, output: undefined as unknown as O });
}

export const emptyInput = z.object({}).strict();
export const chapterIdSchema = z.number().int().positive();
export const filePathSchema = z.string().min(1).max(4096);
