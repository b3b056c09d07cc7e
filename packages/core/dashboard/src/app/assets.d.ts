// Vite bundles the stylesheet the shell imports; TypeScript only needs to know the import exists.
declare module '*.css';
