// JSX has its own language name in cloc
export const Hello = () => <p>hello</p>; // greeting
/* end */
