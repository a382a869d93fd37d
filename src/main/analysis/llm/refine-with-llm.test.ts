import { afterEach, describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../shared/book';
import { analyzeBook, type AnalysisInput } from '../analyze-book';
import { createOllamaClient } from './ollama-client';
import { LLM_CONFIDENCE, refineWithLlm } from './refine-with-llm';
import { FakeOllama, type FakeBehaviour, type ReceivedChat } from './testing/fake-ollama';

function input(texts: string[]): AnalysisInput {
  let offset = 0;
  const paragraphs: Paragraph[] = texts.map((text) => {
    const p = { text, start: offset, end: offset + text.length };
    offset += text.length + 2;
    return p;
  });
  return { chapters: [{ title: 'One', paragraphs }], sourceText: texts.join('\n\n') };
}

const book = input([
  '"Where have you been, Jane?" said Elizabeth.',
  '"Walking," said Jane.',
  'They sat down together by the fire, and a long silence followed.',
  '"It is late."',
  '"So it is."',
]);

const servers: FakeOllama[] = [];
async function client(respond: (chat: ReceivedChat, n: number) => FakeBehaviour, timeoutMs = 2000) {
  const fake = new FakeOllama(respond);
  servers.push(fake);
  return { fake, llm: createOllamaClient({ endpoints: [await fake.start()], model: 'm', timeoutMs }) };
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

/** Answers with the second candidate of the schema: the first is the rule's own choice. */
function answerOther(chat: ReceivedChat): FakeBehaviour {
  const schema = chat.format as { properties: { speaker: { enum: string[] } } };
  return { kind: 'answer', content: { speaker: schema.properties.speaker.enum[1] } };
}

describe('refineWithLlm', () => {
  const base = analyzeBook(book);
  const uncertain = base.chapters[0]?.segments.filter((s) => s.kind === 'dialogue' && s.confidence < 0.6) ?? [];

  it('asks only about uncertain lines, with the passage and the candidates, and applies valid answers', async () => {
    expect(uncertain.length).toBeGreaterThan(0);
    const { fake, llm } = await client((chat) => answerOther(chat));
    const outcome = await refineWithLlm(base, book, llm);
    expect(outcome.asked).toBe(uncertain.length);
    expect(fake.received).toHaveLength(uncertain.length);
    const prompt = fake.received[0]?.messages[1]?.content ?? '';
    expect(prompt).toContain('>>>');
    expect(prompt).toContain('Elizabeth');
    expect(outcome.warnings).toEqual([]);
    const llmLines = outcome.result.chapters[0]?.segments.filter((s) => s.reason === 'llm') ?? [];
    expect(outcome.changed).toBeGreaterThan(0);
    expect(llmLines.length).toBe(outcome.changed);
    for (const s of llmLines) expect(s.confidence).toBe(LLM_CONFIDENCE);
    expect(base.chapters[0]?.segments.some((s) => s.reason === 'llm')).toBe(false);
  });

  it('keeps the rule result and warns when the reply names someone outside the cast', async () => {
    const { llm } = await client(() => ({ kind: 'answer', content: { speaker: 'Mr. Nobody' } }));
    const outcome = await refineWithLlm(base, book, llm);
    expect(outcome.changed).toBe(0);
    expect(outcome.warnings).toHaveLength(uncertain.length);
    expect(outcome.result.chapters).toEqual(base.chapters);
  });

  it('keeps the rule result silently when the model says unknown', async () => {
    const { llm } = await client(() => ({ kind: 'answer', content: { speaker: 'unknown' } }));
    const outcome = await refineWithLlm(base, book, llm);
    expect(outcome.warnings).toEqual([]);
    expect(outcome.result.chapters).toEqual(base.chapters);
  });

  it('keeps the rule result and warns on server errors, malformed replies and timeouts', async () => {
    for (const behaviour of [{ kind: 'status', status: 500 }, { kind: 'raw', body: '{"message":' }, { kind: 'hang' }] as FakeBehaviour[]) {
      const { llm } = await client(() => behaviour, 200);
      const outcome = await refineWithLlm(base, book, llm);
      expect(outcome.changed).toBe(0);
      expect(outcome.warnings).toHaveLength(uncertain.length);
      expect(outcome.result.chapters).toEqual(base.chapters);
    }
  });
});
