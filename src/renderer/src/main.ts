// First: the web token leaves the address bar before anything else reads the address.
import './api/web-token'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { i18n, loadMessages } from './i18n'
import { router } from './router'

// A file dropped beside a drop zone must not replace the app with the file itself.
for (const type of ['dragover', 'drop'] as const)
  window.addEventListener(type, (event) => event.preventDefault())

const locale = i18n.global.locale.value
document.documentElement.lang = locale
// Only the chosen language's messages are fetched before the first paint.
void loadMessages(locale)
  .catch(() => undefined)
  .then(() => createApp(App).use(createPinia()).use(i18n).use(router).mount('#app'))
