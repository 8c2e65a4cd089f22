import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import './styles/app.css'
import './styles/review.css'
// After app.css: the layout's rules (panes, narrow windows, zoom) override the defaults.
import './styles/layout.css'

createApp(App).use(createPinia()).mount('#app')
