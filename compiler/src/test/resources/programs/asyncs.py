"""Coroutines: await, async for, async with, async comprehensions, async generators."""
async def fetch(session, urls):
    async with session.client() as client, session.lock():
        results = []
        async for chunk in client.stream(urls):
            results.append(await chunk.read())
        else:
            pass
    return [await r for r in results], [x async for x in client]


async def ticker(n):
    for i in range(n):
        yield i
        await sleep(0)
