import * as assert from 'node:assert/strict';
import { QuizFlow, confusedWith, quizItems, type FlowPorts, type FlowView } from '../../src/core';
import { bundledKb } from './helpers';

// What the quiz flow hands to progress for the readiness view: the concept a wrong answer chose,
// and a finished mock exam's results per domain.

const kb = bundledKb();

function harness(due: readonly string[] = []) {
  const posts: FlowView[] = [];
  const recorded: { itemId: string; correct: boolean; confusedWith?: string }[] = [];
  const exams: Record<string, [number, number]>[] = [];
  const ports: FlowPorts = {
    knowledge: async () => kb,
    poster: {
      post: async v => {
        posts.push(v);
      },
    },
    memory: { get: () => undefined, set: async () => undefined },
    progress: {
      writable: true,
      record: async a => {
        recorded.push(a);
        return a.itemId;
      },
      recordExam: async d => {
        exams.push(d);
      },
      rerate: async () => undefined,
      dueItemIds: () => [...due],
      dueCount: () => due.length,
    },
    clock: { now: () => 1000, at: () => () => undefined },
    random: () => 0.4,
  };
  const flow = new QuizFlow(ports);
  const last = () => posts.filter(p => p.type === 'question').pop() as Extract<FlowView, { type: 'question' }>;
  return { flow, recorded, exams, last };
}

describe('quiz flow: what the readiness view needs', () => {
  it("a wrong answer that chose another concept's name is recorded with that concept", async () => {
    const item = quizItems(kb).find(
      i => i.type === 'single' && i.choices.some((c, k) => k !== i.answer && confusedWith(kb, i, [c])),
    );
    assert.ok(item && item.type === 'single');
    const h = harness([item.id, item.id]);
    await h.flow.start({ review: true });
    const s = h.flow.current;
    assert.ok(s.kind === 'asking' && s.run.data.shown?.type === 'single');
    const shown = s.run.data.shown;
    const wrong = shown.choices.findIndex((c, k) => !shown.correct.includes(k) && confusedWith(kb, item, [c]));
    const answer = { type: 'single' as const, picked: [wrong] };
    await h.flow.receive({ type: 'answer', token: h.last().token, answer, ms: 10 });
    assert.equal(h.recorded.length, 1);
    assert.equal(h.recorded[0].correct, false);
    assert.equal(h.recorded[0].confusedWith, confusedWith(kb, item, [shown.choices[wrong]]));
    assert.notEqual(h.recorded[0].confusedWith, item.conceptId);
  });

  it('a mock exam ended early records every question by domain, unanswered ones as asked and wrong', async () => {
    const h = harness();
    await h.flow.start({ exam: { count: 6, timed: false } });
    await h.flow.receive({ type: 'finish' });
    assert.equal(h.exams.length, 1);
    const counts = Object.values(h.exams[0]);
    assert.equal(
      counts.reduce((n, [, asked]) => n + asked, 0),
      6,
    );
    assert.ok(counts.every(([right]) => right === 0));
    await h.flow.receive({ type: 'finish' });
    assert.equal(h.exams.length, 1, 'a summary shown again records nothing more');
  });
});
