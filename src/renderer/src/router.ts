import { createRouter, createWebHashHistory } from 'vue-router'
import { isFailedModuleLoad, markServerGone } from './api/connection'

// Hash history works the same under Electron's custom protocol and in web mode.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/dashboard' },
    { path: '/dashboard', name: 'dashboard', component: () => import('./pages/DashboardPage.vue') },
    { path: '/accounts', name: 'accounts', component: () => import('./pages/AccountsPage.vue') },
    {
      path: '/accounts/:id',
      name: 'account',
      component: () => import('./pages/AccountDetailPage.vue'),
      props: true
    },
    { path: '/people', name: 'people', component: () => import('./pages/PeoplePage.vue') },
    {
      path: '/cancellation',
      name: 'cancellation',
      component: () => import('./pages/CancellationPage.vue')
    },
    { path: '/archive', name: 'archive', component: () => import('./pages/ArchivePage.vue') },
    {
      path: '/archive/report',
      name: 'report',
      component: () => import('./pages/PrintReportPage.vue')
    },
    {
      path: '/archive/statement/:id',
      name: 'statement',
      component: () => import('./pages/StatementPage.vue'),
      props: true
    },
    { path: '/activity', name: 'activity', component: () => import('./pages/ActivityPage.vue') },
    { path: '/settings', name: 'settings', component: () => import('./pages/SettingsPage.vue') }
  ]
})

// A page whose code cannot be fetched: web mode's server stopped. The click must not come
// to nothing in silence: the window says the server is gone.
router.onError((error) => {
  if (isFailedModuleLoad(error)) markServerGone()
})
