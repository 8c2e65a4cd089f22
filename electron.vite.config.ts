import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'

export default defineConfig({
  main: {
    build: {
      // franc is ESM only: bundled, so that the CommonJS Node build does not require() it.
      externalizeDeps: { exclude: ['franc'] },
      rollupOptions: {
        // One Node build for every Node entry: the Electron main process, the web host, the CLI
        // and the benchmarks share the services and core, bundled once.
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          host: resolve(__dirname, 'src/host/index.ts'),
          cli: resolve(__dirname, 'src/cli/index.ts'),
          bench: resolve(__dirname, 'src/bench/index.ts'),
          'reader-worker': resolve(__dirname, 'src/main/services/reader-worker.ts'),
          'search-worker': resolve(__dirname, 'src/main/services/search-worker.ts'),
          'reference-worker': resolve(__dirname, 'src/main/services/reference-worker.ts'),
        },
        // Shared chunks beside the entries, not in a subfolder: every module of the Node build
        // then finds the reading thread's script at join(__dirname, 'reader-worker.js').
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
    worker: { format: 'es' },
    plugins: [vue()],
  },
})
