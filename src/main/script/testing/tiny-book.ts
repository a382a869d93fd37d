import { handMadeProject, type HandParagraph } from './projects';

const say = (text: string, speaker: string, confidence = 0.9, reason: HandParagraph['segments'][number]['reason'] = 'speech-verb-name') =>
  ({ kind: 'dialogue' as const, text, speaker, confidence, reason });
const tell = (text: string) => ({ kind: 'narration' as const, text });

/**
 * A two-chapter book whose script every test knows line by line. In chapter 1, Jane and Elizabeth
 * talk; the analysis got the turns from “Gladly.” on wrong (it should go Elizabeth, Jane, Elizabeth)
 * until Lydia's tagged line; a scene break follows.
 */
export function tinyBook(): string {
  return handMadeProject(
    [
      [
        { text: 'It was a bright morning at Longbourn.', segments: [tell('It was a bright morning at Longbourn.')] },
        {
          text: '“Good morning,” said Jane. “Is it not fine?”',
          segments: [say('Good morning,', 'Jane'), tell('said Jane.'), say('Is it not fine?', 'Jane')],
        },
        { text: '“It is,” said Elizabeth.', segments: [say('It is,', 'Elizabeth'), tell('said Elizabeth.')] },
        { text: '“Shall we walk?”', segments: [say('Shall we walk?', 'Jane', 0.55, 'turn-taking')] },
        { text: '“Gladly.”', segments: [say('Gladly.', 'Jane', 0.4, 'turn-taking')] },
        { text: '“To Meryton, then?”', segments: [say('To Meryton, then?', 'Elizabeth', 0.45, 'turn-taking')] },
        { text: 'They looked at the sky.', segments: [tell('They looked at the sky.')] },
        { text: '“Yes, to Meryton.”', segments: [say('Yes, to Meryton.', 'Jane', 0.3, 'turn-taking')] },
        { text: '“Wait for me!” cried Lydia.', segments: [say('Wait for me!', 'Lydia'), tell('cried Lydia.')] },
        { text: '“Where is everyone?”', sceneBreakBefore: true, segments: [say('Where is everyone?', 'Mr. Bennet', 0.2, 'unresolved')] },
      ],
      [
        { text: 'The walk to Meryton was short.', segments: [tell('The walk to Meryton was short.')] },
        { text: '“Look, the officers!” said Lydia.', segments: [say('Look, the officers!', 'Lydia'), tell('said Lydia.')] },
      ],
    ],
    [{ name: 'Jane' }, { name: 'Elizabeth' }, { name: 'Lydia' }, { name: 'Mr. Bennet', gender: 'male' }],
  );
}
