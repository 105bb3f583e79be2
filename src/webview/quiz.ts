// The quiz app, shared by the sidebar view and the editor panel. Keyboard first: number keys
// choose, Enter checks and moves on, arrow keys reorder, K and G rate a right answer. It only
// renders what the host sends, and keeps its last screen with setState for a reload.
import type { FeedbackMessage, FromQuizWebview, QuestionMessage, Response, ToQuizWebview } from '../protocol';
import { answerArea } from './answerArea';
import { examScreen } from './examScreen';
import { button, idleScreen, lines, summaryScreen } from './quizScreens';
import { connect, h, html } from './vscodeApi';

interface State {
  readonly question?: QuestionMessage;
  readonly feedback?: FeedbackMessage;
  readonly last?: ToQuizWebview;
}

const vscode = connect<FromQuizWebview, State>();
const root = document.getElementById('quiz') as HTMLElement;
let question: QuestionMessage | undefined;
let feedback: FeedbackMessage | undefined;
let picked = new Set<number>();
let order: number[] = [];
let matches: number[] = [];
let shownAt = Date.now();
const exam = examScreen(root, m => vscode.post(m));
let onExam = false;

function render(msg: ToQuizWebview, restoredFeedback?: FeedbackMessage) {
  if (!msg || typeof msg !== 'object') return;
  onExam = msg.type === 'exam';
  if (!onExam) exam.stop();
  switch (msg.type) {
    case 'exam':
      question = undefined;
      feedback = undefined;
      exam.render(msg);
      break;
    case 'question':
      if (question?.token !== msg.token) {
        picked = new Set();
        feedback = restoredFeedback;
        shownAt = Date.now();
        order = msg.view.type === 'ordering' ? msg.view.items.map((_, i) => i) : [];
        matches = msg.view.type === 'matching' ? msg.view.left.map(() => -1) : [];
      }
      question = msg;
      drawQuestion();
      break;
    case 'feedback':
      if (msg.token !== question?.token) return;
      feedback = msg;
      drawQuestion(msg.rating ? '.rate[aria-pressed="true"]' : undefined);
      break;
    case 'summary':
      question = undefined;
      feedback = undefined;
      root.replaceChildren(summaryScreen(msg, vscode.post));
      root.querySelector<HTMLElement>('#score')?.focus();
      break;
    case 'idle':
      question = undefined;
      feedback = undefined;
      root.replaceChildren(idleScreen(msg, vscode.post));
      break;
  }
  vscode.setState({ last: question ?? msg, feedback, question });
}

function drawQuestion(focus?: string) {
  const q = question;
  if (!q) return;
  const head = h(
    'p',
    { class: 'progress' },
    `Question ${q.index + 1} of ${q.total}${q.conceptTitle ? ` · ${q.conceptTitle}` : ''}`,
  );
  const body = h('section', { class: 'question', 'aria-labelledby': 'q-text' }, head);
  const text = h('div', { id: 'q-text', class: 'q-text' });
  text.append(html(q.html));
  body.append(text, drawAnswerArea(q));
  body.append(feedback ? drawFeedback(feedback) : button('submit', 'Check answer', submitAnswer, true));
  root.replaceChildren(body);
  (root.querySelector<HTMLElement>(focus ?? (feedback ? '#next' : '.choice, .order-item, select')) ?? root).focus();
}

function drawAnswerArea(q: QuestionMessage): HTMLElement {
  return answerArea(q.view, { picked, order, matches }, !!feedback, {
    choose,
    move,
    match: (i, j) => {
      matches[i] = j;
    },
  });
}

function drawFeedback(f: FeedbackMessage): HTMLElement {
  const next = button(
    'next',
    question && question.index + 1 >= question.total ? 'See score' : 'Next question',
    () => vscode.post({ type: 'next' }),
    true,
  );
  const open = h('a', { href: '#', class: 'open-concept' }, 'Open the concept');
  open.addEventListener('click', e => {
    e.preventDefault();
    vscode.post({ type: 'openConcept', id: f.conceptId });
  });
  const explanation = h('div', { class: 'explanation' });
  explanation.append(html(f.explanationHtml));
  const box = h(
    'div',
    { id: 'result', class: `result ${f.correct ? 'correct' : 'wrong'}`, role: 'status' },
    h('p', { class: 'verdict' }, f.correct ? 'Correct!' : 'Not quite.'),
    h('p', { class: 'solution-label' }, 'Answer:'),
    lines(f.solution),
    explanation,
    h('p', {}, open),
  );
  if (f.canRate) box.append(rateGroup(f));
  box.append(next);
  return box;
}

/** "I knew it / I guessed": the learner's own rating replaces the timing rule for this answer. */
function rateGroup(f: FeedbackMessage): HTMLElement {
  const rate = (rating: 'knew' | 'guessed', text: string, key: string) => {
    const b = h(
      'button',
      {
        type: 'button',
        class: 'rate',
        id: `rate-${rating}`,
        'aria-pressed': String(f.rating === rating),
        'aria-keyshortcuts': key,
      },
      text,
    );
    b.addEventListener('click', () => vscode.post({ type: 'rate', token: f.token, rating }));
    return b;
  };
  return h(
    'p',
    { class: 'rate-group', role: 'group', 'aria-label': 'How sure were you?' },
    h('span', { class: 'hint' }, f.rating ? 'Saved. ' : 'How sure were you? '),
    rate('knew', 'I knew it (K)', 'K'),
    ' ',
    rate('guessed', 'I guessed (G)', 'G'),
    ' ',
  );
}

function choose(i: number) {
  const v = question?.view;
  if (!v || feedback || (v.type !== 'single' && v.type !== 'multiple') || i >= v.choices.length) return;
  if (v.type === 'single') picked = new Set([i]);
  else if (picked.has(i)) picked.delete(i);
  else picked.add(i);
  drawQuestion(`.choice[data-index="${i}"]`);
}

function move(pos: number, delta: number) {
  const to = pos + delta;
  if (feedback || to < 0 || to >= order.length) return;
  [order[pos], order[to]] = [order[to], order[pos]];
  drawQuestion(`.order-item[data-pos="${to}"]`);
}

function answer(): Response | undefined {
  const v = question?.view;
  if (!v) return undefined;
  if (v.type === 'ordering') return { type: 'ordering', order: [...order] };
  if (v.type === 'matching') return matches.includes(-1) ? undefined : { type: 'matching', matches: [...matches] };
  return picked.size ? { type: v.type, picked: [...picked] } : undefined;
}

function submitAnswer() {
  const a = answer();
  if (!question || feedback) return;
  if (!a) {
    root.querySelector('.hint-missing')?.remove();
    root
      .querySelector('.question')
      ?.append(h('p', { class: 'hint-missing', role: 'alert' }, 'Choose an answer first.'));
    return;
  }
  vscode.post({ type: 'answer', token: question.token, answer: a, ms: Date.now() - shownAt });
}

function onKey(e: KeyboardEvent) {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  if (onExam) {
    exam.key(e);
    return;
  }
  if (!question) return;
  const target = e.target as HTMLElement;
  const plainButton =
    target.tagName === 'BUTTON' &&
    target.id !== 'submit' &&
    target.id !== 'next' &&
    !target.classList.contains('choice');
  if (e.key === 'Enter' && target.tagName !== 'SELECT' && !plainButton) {
    e.preventDefault();
    if (feedback) vscode.post({ type: 'next' });
    else submitAnswer();
  } else if (/^[1-9]$/.test(e.key) && target.tagName !== 'SELECT') {
    choose(Number(e.key) - 1);
  } else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && target.classList.contains('order-item')) {
    e.preventDefault();
    move(Number(target.dataset.pos), e.key === 'ArrowUp' ? -1 : 1);
  } else if (feedback?.canRate && (e.key === 'k' || e.key === 'g')) {
    vscode.post({ type: 'rate', token: feedback.token, rating: e.key === 'k' ? 'knew' : 'guessed' });
  }
}

// Start-up last, once every declaration above is initialised: the saved screen first, then the host's.
window.addEventListener('message', (event: MessageEvent<ToQuizWebview>) => render(event.data));
document.addEventListener('keydown', onKey);
const saved = vscode.getState();
if (saved?.last) render(saved.last, saved.feedback);
vscode.post({ type: 'ready' });
