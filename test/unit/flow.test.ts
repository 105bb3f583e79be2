import * as assert from 'node:assert/strict';
import {
  QuizFlow,
  quizItems,
  type FlowPorts,
  type FlowView,
  type KnowledgeBase,
  type QuizItem,
  type Response,
} from '../../src/core';
import * as T from '../../src/core/quiz/flow/state';
import { kbOf, note } from './helpers';

// The quiz flow on plain Node: its pure transitions, then the driver with in-memory ports.

const q = (n: number) =>
  `  - type: single\n    question: Question ${n} about the idea?\n    choices: [Right ${n}, Wrong ${n}]\n` +
  '    answer: 0\n    explanation: Because.';
const kb: KnowledgeBase = kbOf(
  [1, 2, 3].map(n => note(`c${n}.md`, `id: c${n}\ntitle: Concept ${n}\nsummary: s\nquiz:\n${q(n)}`)),
);
const authored = quizItems(kb).filter(i => i.source === 'authored');
let tokenCount = 0;
const env = (now = 1000): T.Env => ({ now, token: () => `t${++tokenCount}`, random: () => 0.3 });

/** The response that answers the current question right (or wrong). */
function response(s: T.FlowState, right = true): Response {
  assert.ok(s.kind === 'asking' && s.run.data.shown?.type === 'single');
  const shown = s.run.data.shown;
  const correct = shown.correct[0];
  return { type: 'single', picked: [right ? correct : 1 - correct] };
}

describe('quiz flow: transitions', () => {
  it('launch asks the first question, or summarises an empty run', () => {
    const s = T.launch('quick', authored, env());
    assert.equal(s.kind, 'asking');
    assert.equal(T.launch('quick', [], env()).kind, 'summary');
  });

  it('an answer gives feedback; next asks the following question; the last leads to the summary', () => {
    let s = T.launch('quick', authored.slice(0, 2), env());
    for (let k = 0; k < 2; k++) {
      const token = (s as { token: string }).token;
      const step = T.answer(s, token, response(s), 100, env());
      assert.equal(step.state.kind, 'answered');
      assert.equal(step.result?.correct, true);
      s = T.next(step.state, env());
    }
    assert.equal(s.kind, 'summary');
  });

  it('a stale token, a repeated answer or "next" before an answer change nothing', () => {
    const s = T.launch('quick', authored, env());
    assert.equal(T.answer(s, 'old-token', response(s), 100, env()).state, s);
    assert.equal(T.next(s, env()), s);
    const answered = T.answer(s, (s as { token: string }).token, response(s), 100, env()).state;
    assert.equal(T.answer(answered, (s as { token: string }).token, response(s), 100, env()).state, answered);
  });

  it('re-rating needs a right answer whose progress was recorded', () => {
    const s = T.launch('quick', authored, env());
    const token = (s as { token: string }).token;
    const right = T.answer(s, token, response(s), 100, env()).state;
    assert.equal(T.rate(right, token, 'knew'), right, 'not recorded yet');
    const saved = T.recorded(right, token, { receipt: 1 });
    assert.equal((T.rate(saved, token, 'guessed') as { rating?: string }).rating, 'guessed');
    const wrong = T.recorded(T.answer(s, token, response(s, false), 100, env()).state, token, { receipt: 2 });
    assert.equal(T.rate(wrong, token, 'knew'), wrong);
  });

  it('resume after a reload: the remembered run continues, an answered question moves on, a stale one is dropped', () => {
    const byId = new Map(authored.map(i => [i.id, i]));
    const s = T.launch('quick', authored, env());
    const answered = T.answer(s, (s as { token: string }).token, response(s), 100, env()).state;
    const back = T.restore(JSON.parse(JSON.stringify(T.snapshot(answered))), id => byId.get(id), env());
    assert.ok(back?.kind === 'asking' && back.run.data.index === 1);
    assert.equal(
      T.restore(T.snapshot(s), () => undefined, env()),
      undefined,
      'items that no longer exist',
    );
    assert.equal(
      T.restore({ mode: 'nonsense' }, id => byId.get(id), env()),
      undefined,
    );
  });
});

describe('quiz flow: driver with in-memory ports', () => {
  function harness(items: readonly QuizItem[] = authored) {
    const posts: FlowView[] = [];
    const recorded: unknown[] = [];
    const rerated: unknown[] = [];
    let memory: unknown;
    const ports: FlowPorts = {
      knowledge: async () => kb,
      poster: {
        post: async v => {
          posts.push(v);
        },
      },
      memory: {
        get: () => memory,
        set: async v => {
          memory = v;
        },
      },
      progress: {
        writable: true,
        record: async a => {
          recorded.push(a);
          return { receipt: a.itemId };
        },
        rerate: async (r, rating) => {
          rerated.push([r, rating]);
        },
        dueItemIds: () => items.map(i => i.id),
        dueCount: () => items.length,
      },
      clock: { now: () => 1000, at: () => () => undefined },
      random: () => 0.4,
    };
    const flow = new QuizFlow(ports);
    const last = <K extends FlowView['type']>(type: K) =>
      posts.filter(p => p.type === type).pop() as Extract<FlowView, { type: K }>;
    const rightAnswer = (): Response => {
      const s = flow.current;
      return response(s);
    };
    return { flow, posts, recorded, rerated, last, rightAnswer, memory: () => memory, ports };
  }

  it('answers are recorded once, re-rated with their receipt, and remembered', async () => {
    const h = harness();
    await h.flow.start({ review: true });
    const qn = h.last('question');
    await h.flow.receive({ type: 'answer', token: qn.token, answer: h.rightAnswer(), ms: 50 });
    await h.flow.receive({ type: 'answer', token: qn.token, answer: { type: 'single', picked: [0] }, ms: 50 });
    assert.equal(h.recorded.length, 1);
    assert.equal(h.last('feedback').correct, true);
    await h.flow.receive({ type: 'rate', token: qn.token, rating: 'knew' });
    assert.deepEqual(h.rerated, [[{ receipt: h.recorded.map(r => (r as { itemId: string }).itemId)[0] }, 'knew']]);
    assert.equal(h.last('feedback').rating, 'knew');
    assert.ok(h.memory(), 'the run is remembered');
  });

  it('a new driver over the same memory resumes at the next question', async () => {
    const h = harness();
    await h.flow.start({ review: true });
    await h.flow.receive({ type: 'answer', token: h.last('question').token, answer: h.rightAnswer(), ms: 50 });
    const posts: FlowView[] = [];
    const reopened = new QuizFlow({
      ...h.ports,
      poster: {
        post: async v => {
          posts.push(v);
        },
      },
    });
    await reopened.resume();
    const shown = posts.find(p => p.type === 'question');
    assert.ok(shown && shown.type === 'question' && shown.index === 1);
  });

  it('a finished exam shows its summary; "finish" outside an exam does nothing', async () => {
    const h = harness();
    await h.flow.start({ conceptIds: ['c1', 'c2'] });
    const before = h.posts.length;
    await h.flow.receive({ type: 'finish' });
    assert.equal(h.posts.length, before);
    await h.flow.receive({ type: 'start', mode: 'exam', count: 3, timed: true });
    await h.flow.receive({ type: 'finish' });
    const summary = h.last('summary');
    assert.equal(summary.total, 3);
    assert.equal(summary.skipped, 3);
  });
});
