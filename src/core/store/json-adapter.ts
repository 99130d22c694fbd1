import type { Adapter } from 'lowdb'

/** Serialises lowdb data as JSON onto a text adapter; reading is done by openStore. */
export class JsonAdapter<T> implements Adapter<T> {
  constructor(private readonly text: Adapter<string>) {}

  async read(): Promise<T | null> {
    const text = await this.text.read()
    return text === null ? null : (JSON.parse(text) as T)
  }

  write(data: T): Promise<void> {
    return this.text.write(JSON.stringify(data))
  }
}
