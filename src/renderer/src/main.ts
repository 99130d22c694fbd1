// First: the web token leaves the address bar before anything else reads the address.
import './api/web-token'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { watchPageLoads } from './api/connection'
import { i18n, loadMessages } from './i18n'
import { router } from './router'
import { usePreferencesStore } from './stores/preferences'

// A file dropped beside a drop zone must not replace the app with the file itself.
for (const type of ['dragover', 'drop'] as const)
  window.addEventListener(type, (event) => event.preventDefault())
// A page that cannot load says the server stopped, not nothing.
watchPageLoads(window)

const pinia = createPinia()
const preferences = usePreferencesStore(pinia)
// The language kept in the data folder comes first (it answers while the app is locked,
// so the lock screen speaks it too); the window's own guess only until it is known.
// Only the chosen language's messages are fetched before the first paint.
void preferences
  .load()
  .catch(() => undefined)
  .then(() => {
    const locale = i18n.global.locale.value
    document.documentElement.lang = locale
    return loadMessages(locale)
  })
  .catch(() => undefined)
  .then(() => createApp(App).use(pinia).use(i18n).use(router).mount('#app'))
