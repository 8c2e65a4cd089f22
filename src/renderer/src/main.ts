import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import './styles/app.css'
import './styles/review.css'

createApp(App).use(createPinia()).mount('#app')
