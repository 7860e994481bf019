import React from 'react';

// A component whose JSX holds comment-like text.
export function Widget({ label }: { label: string }) {
  return (
    <div className="widget">
      {/* JSX comment */}
      <a href="https://example.com">{label}</a>
      {
        // line comment inside braces
      }
    </div>
  );
}
