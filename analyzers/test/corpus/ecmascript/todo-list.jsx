import { useEffect, useMemo, useState } from 'react';

const FILTERS = {
  all: () => true,
  active: (todo) => !todo.done,
  done: (todo) => todo.done,
};

function loadTodos(key) {
  try {
    const raw = localStorage.getItem(key);
    return raw ? JSON.parse(raw) : [];
  } catch (error) {
    console.warn('could not read todos', error);
    return [];
  }
}

function TodoItem({ todo, onToggle, onRemove, onRename, editing, setEditing }) {
  const [draft, setDraft] = useState(todo.title);

  function commit() {
    const title = draft.trim();
    if (title && title !== todo.title) onRename(todo.id, title);
    else if (!title) onRemove(todo.id);
    setEditing(null);
  }

  return (
    <li className={[todo.done && 'done', editing && 'editing'].filter(Boolean).join(' ')}>
      {editing ? (
        <input
          autoFocus
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            else if (e.key === 'Escape') {
              setDraft(todo.title);
              setEditing(null);
            }
          }}
        />
      ) : (
        <>
          <input type="checkbox" checked={todo.done} onChange={() => onToggle(todo.id)} />
          <span onDoubleClick={() => setEditing(todo.id)}>{todo.title}</span>
          {todo.due && new Date(todo.due) < new Date() && !todo.done && <em className="overdue">overdue</em>}
          <button onClick={() => onRemove(todo.id)} aria-label={`Remove ${todo.title}`}>
            ×
          </button>
        </>
      )}
    </li>
  );
}

export default function TodoList({ storageKey = 'todos' }) {
  const [todos, setTodos] = useState(() => loadTodos(storageKey));
  const [filter, setFilter] = useState('all');
  const [editing, setEditing] = useState(null);
  const [title, setTitle] = useState('');

  useEffect(() => {
    localStorage.setItem(storageKey, JSON.stringify(todos));
  }, [storageKey, todos]);

  const visible = useMemo(() => todos.filter(FILTERS[filter] || FILTERS.all), [todos, filter]);
  const remaining = todos.reduce((count, todo) => count + (todo.done ? 0 : 1), 0);

  const add = (event) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) return;
    setTodos((current) => [...current, { id: Date.now(), title: trimmed, done: false }]);
    setTitle('');
  };
  const toggle = (id) =>
    setTodos((current) => current.map((t) => (t.id === id ? { ...t, done: !t.done } : t)));
  const remove = (id) => setTodos((current) => current.filter((t) => t.id !== id));
  const rename = (id, newTitle) =>
    setTodos((current) => current.map((t) => (t.id === id ? { ...t, title: newTitle } : t)));

  return (
    <div className="todos">
      <form onSubmit={add}>
        <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="What needs doing?" />
      </form>
      {todos.length > 0 && (
        <>
          <ul>
            {visible.map((todo) => (
              <TodoItem
                key={todo.id}
                todo={todo}
                onToggle={toggle}
                onRemove={remove}
                onRename={rename}
                editing={editing === todo.id}
                setEditing={setEditing}
              />
            ))}
          </ul>
          <footer>
            <span>
              {remaining} item{remaining === 1 ? '' : 's'} left
            </span>
            {Object.keys(FILTERS).map((name) => (
              <button
                key={name}
                className={name === filter ? 'selected' : undefined}
                onClick={() => setFilter(name)}
              >
                {name}
              </button>
            ))}
            {remaining < todos.length && (
              <button onClick={() => setTodos((current) => current.filter((t) => !t.done))}>
                Clear done
              </button>
            )}
          </footer>
        </>
      )}
    </div>
  );
}
