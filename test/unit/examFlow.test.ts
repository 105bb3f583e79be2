import * as assert from 'node:assert/strict';
import { QuizFlow, quizItems, type FlowPorts, type FlowView, type KnowledgeBase, type Response } from '../../src/core';
import { examView } from '../../src/core/quiz/flow/examPresent';
import * as T from '../../src/core/quiz/flow/state';
import { kbOf, note } from './helpers';

// The mock exam's interface in the flow: navigate, flag, change an answer, review, submit, time out,
// resume after a reload, stale messages. Pure transitions first, then the driver with in-memory ports.

const single = (n: number) =>
  `  - type: single\n    question: Exam question ${n} about the idea?\n` +
  `    choices: [Right ${n}, Wrong ${n}, Other ${n}]\n    answer: 0\n    explanation: Because ${n}.`;
const multiple =
  '  - type: multiple\n    question: Which two of these are right here?\n' +
  '    choices: [Right one, Right two, Wrong one, Wrong two]\n    answer: [0, 1]\n    explanation: Both.';
const kb: KnowledgeBase = kbOf([
  ...[1, 2, 3].map(n => note(`c${n}.md`, `id: c${n}\ntitle: Concept ${n}\nsummary: s\nquiz:\n${single(n)}`)),
  note('m.md', `id: m\ntitle: Multiple\nsummary: s\nquiz:\n${multiple}`),
]);
const items = quizItems(kb).filter(i => i.source === 'authored');
let tokens = 0;
const env = (now = 1000): T.Env => ({ now, token: () => `t${++tokens}`, random: () => 0.3 });

function examOf(s: T.FlowState): T.ExamState {
  assert.equal(s.kind, 'exam');
  return s as T.ExamState;
}

/** The response to question k: right, or wrong; for the multiple one, `partly` picks one right and one wrong. */
function responseTo(s: T.FlowState, k: number, how: 'right' | 'wrong' | 'partly' = 'right'): Response {
  const p = examOf(s).exam.shown[k];
  assert.ok(p.type === 'single' || p.type === 'multiple');
  const wrong = p.choices.map((_, i) => i).filter(i => !p.correct.includes(i));
  const picked = how === 'right' ? [...p.correct] : how === 'partly' ? [p.correct[0], wrong[0]] : [wrong[0]];
  return { type: p.type, picked };
}

describe('mock exam flow: transitions', () => {
  it('launch opens the exam at question 1, nothing answered or flagged', () => {
    const s = examOf(T.launch('exam', items, env()));
    assert.equal(s.exam.index, 0);
    const v = examView(s);
    assert.equal(v.total, 4);
    assert.ok(v.nav.every(n => !n.answered && !n.flagged));
    assert.ok(v.question && !v.question.response);
  });

  it('navigate: forwards, backwards, to any question and to the review screen; nowhere else', () => {
    const s = T.launch('exam', items, env());
    const token = examOf(s).token;
    const at3 = T.examGo(s, token, 3, env()).state;
    assert.equal(examOf(at3).exam.index, 3);
    assert.equal(examOf(T.examGo(at3, token, 1, env()).state).exam.index, 1);
    const review = T.examGo(at3, token, 4, env()).state;
    assert.equal(examView(examOf(review)).question, undefined, 'the review screen shows no question');
    assert.equal(T.examGo(s, token, 5, env()).state, s);
    assert.equal(T.examGo(s, token, -1, env()).state, s);
    assert.equal(T.examGo(s, token, 0, env()).state, s, 'staying put changes nothing');
  });

  it('flag for review, and clear the flag', () => {
    const s = T.launch('exam', items, env());
    const token = examOf(s).token;
    const flagged = T.examFlag(s, token, 2, true, env()).state;
    assert.deepEqual(
      examView(examOf(flagged)).nav.map(n => n.flagged),
      [false, false, true, false],
    );
    assert.deepEqual(examOf(T.examFlag(flagged, token, 2, false, env()).state).exam.flags, [
      false,
      false,
      false,
      false,
    ]);
    assert.equal(T.examFlag(s, token, 9, true, env()).state, s);
  });

  it('change an answer until submission; an empty choice clears it; a response that does not fit is refused', () => {
    let s = T.launch('exam', items, env());
    const token = examOf(s).token;
    s = T.examRespond(s, token, 0, responseTo(s, 0, 'wrong'), 500, env()).state;
    assert.equal(examView(examOf(s)).nav[0].answered, true);
    s = T.examRespond(s, token, 0, responseTo(s, 0, 'right'), 700, env()).state;
    assert.deepEqual(examOf(s).exam.responses[0], responseTo(s, 0, 'right'));
    const cleared = T.examRespond(s, token, 0, { type: 'single', picked: [] }, 800, env()).state;
    assert.equal(examOf(cleared).exam.responses[0], null);
    assert.equal(T.examRespond(s, token, 0, { type: 'single', picked: [7] }, 1, env()).state, s, 'out of range');
    assert.equal(T.examRespond(s, token, 0, { type: 'ordering', order: [0, 1, 2] }, 1, env()).state, s, 'wrong type');
    assert.equal(T.examRespond(s, token, 4, responseTo(s, 0), 1, env()).state, s, 'the review screen takes no answer');
    const { results } = T.submit(s, token);
    assert.equal(results?.[0].correct, true, 'the changed answer counts');
  });

  it('review lists what is unanswered and flagged; submit scores every question, unanswered ones as skipped', () => {
    let s = T.launch('exam', items, env());
    const token = examOf(s).token;
    const multipleAt = examOf(s).exam.items.findIndex(i => i.type === 'multiple');
    const singles = [0, 1, 2, 3].filter(k => k !== multipleAt);
    s = T.examRespond(s, token, singles[0], responseTo(s, singles[0]), 100, env()).state;
    s = T.examRespond(s, token, singles[1], responseTo(s, singles[1], 'wrong'), 100, env()).state;
    s = T.examRespond(s, token, multipleAt, responseTo(s, multipleAt, 'partly'), 100, env()).state;
    s = T.examFlag(s, token, singles[1], true, env()).state;
    s = T.examGo(s, token, 4, env()).state;
    const nav = examView(examOf(s)).nav;
    assert.deepEqual(
      nav.flatMap((n, k) => (n.answered ? [] : [k])),
      [singles[2]],
      'unanswered',
    );
    assert.deepEqual(
      nav.flatMap((n, k) => (n.flagged ? [k] : [])),
      [singles[1]],
      'flagged',
    );
    const { state, results } = T.submit(s, token);
    assert.equal(state.kind, 'summary');
    assert.deepEqual(
      results?.map(r => [r.correct, !!r.skipped]),
      [0, 1, 2, 3].map(k => (k === singles[0] ? [true, false] : k === singles[2] ? [false, true] : [false, false])),
    );
    assert.equal(results?.[multipleAt].correct, false, 'a partly right multiple response scores nothing');
    assert.equal(T.submit(s, 'another-exam').state, s, 'a stale submit changes nothing');
  });

  it('time out: past the deadline any input submits the exam with what was answered', () => {
    let s = T.launch('exam', items, env(), 5000);
    const token = examOf(s).token;
    s = T.examRespond(s, token, 0, responseTo(s, 0), 100, env()).state;
    assert.ok(T.expired(s, 6000) && !T.expired(s, 4000));
    const late = T.examGo(s, token, 1, env(6000));
    assert.equal(late.state.kind, 'summary');
    assert.equal(late.results?.filter(r => !r.skipped).length, 1);
    assert.equal(T.finish(s, env(6000)).kind, 'summary');
  });

  it("resume after a reload: responses, flags, the place, the choices' order and the token come back", () => {
    const byId = new Map(items.map(i => [i.id, i]));
    let s = T.launch('exam', items, env(), 90_000);
    const token = examOf(s).token;
    s = T.examRespond(s, token, 1, responseTo(s, 1), 100, env()).state;
    s = T.examFlag(s, token, 3, true, env()).state;
    s = T.examGo(s, token, 2, env()).state;
    const back = T.restore(JSON.parse(JSON.stringify(T.snapshot(s))), id => byId.get(id), env());
    assert.ok(back);
    assert.deepEqual(examView(examOf(back)), examView(examOf(s)));
    assert.equal(
      T.restore(T.snapshot(s), () => undefined, env()),
      undefined,
      'items that no longer exist',
    );
    const saved = T.snapshot(s) as { exam: Record<string, unknown> };
    for (const broken of [
      { ...saved.exam, flags: [true] },
      { ...saved.exam, index: 9 },
      { ...saved.exam, responses: ['x', null, null, null] },
    ]) {
      assert.equal(
        T.restore({ ...saved, exam: broken }, id => byId.get(id), env()),
        undefined,
        JSON.stringify(broken),
      );
    }
  });

  it("a stale message (another exam's token, or a message for a quick quiz) changes nothing", () => {
    const s = T.launch('exam', items, env());
    assert.equal(T.examGo(s, 'old', 1, env()).state, s);
    assert.equal(T.examRespond(s, 'old', 0, responseTo(s, 0), 1, env()).state, s);
    assert.equal(T.examFlag(s, 'old', 0, true, env()).state, s);
    const quick = T.launch('quick', items, env());
    assert.equal(T.examGo(quick, (quick as { token: string }).token, 1, env()).state, quick);
  });
});

describe('mock exam flow: driver', () => {
  function harness() {
    const posts: FlowView[] = [];
    const recorded: { itemId: string; correct: boolean }[] = [];
    let memory: unknown;
    let alarm: (() => void) | undefined;
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
          return a.itemId;
        },
        rerate: async () => undefined,
        dueItemIds: () => [],
        dueCount: () => 0,
      },
      clock: {
        now: () => 1000,
        at: (_at, fn) => {
          alarm = fn;
          return () => {
            alarm = undefined;
          };
        },
      },
      random: () => 0.4,
    };
    const last = <K extends FlowView['type']>(type: K) =>
      posts.filter(p => p.type === type).pop() as Extract<FlowView, { type: K }>;
    return { flow: new QuizFlow(ports), ports, posts, recorded, last, ring: () => alarm?.() };
  }

  it('records progress only when the exam is submitted, once per answered question', async () => {
    const h = harness();
    await h.flow.start({ exam: { count: 4, timed: false } });
    const { token } = h.last('exam');
    await h.flow.receive({
      type: 'examAnswer',
      token,
      index: 0,
      answer: responseTo(h.flow.current, 0, 'wrong'),
      ms: 10,
    });
    await h.flow.receive({ type: 'examAnswer', token, index: 0, answer: responseTo(h.flow.current, 0), ms: 20 });
    await h.flow.receive({ type: 'examFlag', token, index: 1, flagged: true });
    await h.flow.receive({ type: 'examGo', token, index: 4 });
    assert.equal(h.recorded.length, 0, 'nothing is recorded before submission');
    assert.deepEqual(
      h.last('exam').nav.map(n => [n.answered, n.flagged]),
      [
        [true, false],
        [false, true],
        [false, false],
        [false, false],
      ],
    );
    await h.flow.receive({ type: 'examSubmit', token });
    await h.flow.receive({ type: 'examSubmit', token });
    assert.deepEqual(
      h.recorded.map(r => r.correct),
      [true],
    );
    const summary = h.last('summary');
    assert.deepEqual([summary.total, summary.correct, summary.skipped], [4, 1, 3]);
  });

  it('a timed exam is submitted when its time runs out, and a new driver resumes an unfinished one', async () => {
    const h = harness();
    await h.flow.start({ exam: { count: 4, timed: true } });
    const { token } = h.last('exam');
    await h.flow.receive({ type: 'examAnswer', token, index: 2, answer: responseTo(h.flow.current, 2), ms: 20 });
    await h.flow.receive({ type: 'examGo', token, index: 2 });
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
    const shown = posts.find(p => p.type === 'exam');
    assert.ok(shown?.type === 'exam' && shown.index === 2 && shown.token === token && shown.nav[2].answered);
    h.ring(); // the reopened driver's alarm: the exam's time is up
    await reopened.receive({ type: 'ready' });
    assert.equal(reopened.current.kind, 'summary');
    const summary = posts.filter(p => p.type === 'summary').pop();
    assert.ok(summary?.type === 'summary' && summary.total === 4 && summary.correct === 1 && summary.skipped === 3);
    assert.equal(h.recorded.length, 1, 'the answered question is recorded once');
  });
});
