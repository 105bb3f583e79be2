// The answer controls of a question, shared by the quiz and the mock exam: choice buttons (radio or
// checkbox), an ordering list with move buttons, or a select per matching row. State lives with the caller.
import type { QuestionView } from '../protocol';
import { chooseHint } from './quizScreens';
import { h, html } from './vscodeApi';

export interface Selection {
  readonly picked: ReadonlySet<number>;
  readonly order: readonly number[];
  readonly matches: readonly number[];
}

export interface AnswerHandlers {
  choose(i: number): void;
  move(pos: number, delta: number): void;
  match(i: number, j: number): void;
}

export function answerArea(v: QuestionView, sel: Selection, locked: boolean, on: AnswerHandlers): HTMLElement {
  if (v.type === 'single' || v.type === 'multiple') {
    const role = v.type === 'single' ? 'radiogroup' : 'group';
    const group = h('div', { class: 'choices', role, 'aria-labelledby': 'q-text' });
    if (v.type === 'multiple') {
      group.setAttribute('aria-describedby', 'pick-hint');
      group.append(h('p', { id: 'pick-hint', class: 'hint pick' }, chooseHint(v.pick, sel.picked.size)));
    }
    v.choices.forEach((c, i) => {
      const on_ = sel.picked.has(i);
      const b = h(
        'button',
        {
          type: 'button',
          class: `choice${on_ ? ' picked' : ''}`,
          role: v.type === 'single' ? 'radio' : 'checkbox',
          'aria-checked': String(on_),
          'data-index': String(i),
        },
        h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)),
      );
      const label = h('span', { class: 'label' });
      label.append(html(c));
      b.append(label);
      if (locked) b.setAttribute('aria-disabled', 'true');
      else b.addEventListener('click', () => on.choose(i));
      group.append(b);
    });
    return group;
  }
  if (v.type === 'ordering') {
    const list = h('ol', { class: 'ordering', 'aria-label': 'Put in order: Up and Down arrows move the focused item' });
    sel.order.forEach((itemIndex, pos) => {
      const li = h('li', { class: 'order-item', tabindex: '0', 'data-pos': String(pos) });
      li.append(html(v.items[itemIndex]));
      if (!locked) {
        const up = h('button', { type: 'button', class: 'move', 'aria-label': 'Move up' }, '↑');
        const down = h('button', { type: 'button', class: 'move', 'aria-label': 'Move down' }, '↓');
        up.addEventListener('click', () => on.move(pos, -1));
        down.addEventListener('click', () => on.move(pos, 1));
        li.append(up, down);
      }
      list.append(li);
    });
    return list;
  }
  const table = h('div', { class: 'matching', role: 'group', 'aria-labelledby': 'q-text' });
  if (v.type !== 'matching') return table;
  v.left.forEach((left, i) => {
    const id = `match-${i}`;
    const label = h('label', { for: id });
    label.append(html(left));
    const select = h('select', { id }) as HTMLSelectElement;
    select.append(h('option', { value: '-1' }, 'Choose…'));
    v.right.forEach((r, j) => select.append(h('option', { value: String(j) }, html(r).textContent ?? '')));
    select.value = String(sel.matches[i]);
    select.disabled = locked;
    select.addEventListener('change', () => on.match(i, Number(select.value)));
    table.append(h('div', { class: 'match-row' }, label, select));
  });
  return table;
}
