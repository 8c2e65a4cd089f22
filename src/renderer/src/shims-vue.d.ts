/** For tools that read .ts without Vue's language service (ESLint); vue-tsc knows .vue files itself. */
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent
  export default component
}
