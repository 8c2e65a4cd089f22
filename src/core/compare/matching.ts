/** A candidate pairing of left paragraph `left` with right paragraph `right`, worth `weight`. */
export interface Edge {
  left: number
  right: number
  weight: number
}

/**
 * Maximum-weight assignment by the Hungarian method (Jonker–Volgenant form, O(n²m)) for a dense
 * rows × cols weight matrix, rows <= cols. Returns, for each row, its column or -1.
 */
function hungarian(weights: Float64Array, rows: number, cols: number): Int32Array {
  const INF = Number.POSITIVE_INFINITY
  const u = new Float64Array(rows + 1)
  const v = new Float64Array(cols + 1)
  const rowOfCol = new Int32Array(cols + 1)
  const way = new Int32Array(cols + 1)
  const minTo = new Float64Array(cols + 1)
  const used = new Uint8Array(cols + 1)
  const cost = (row: number, col: number): number => -weights[(row - 1) * cols + (col - 1)]!
  for (let row = 1; row <= rows; row++) {
    rowOfCol[0] = row
    let col0 = 0
    minTo.fill(INF)
    used.fill(0)
    do {
      used[col0] = 1
      const row0 = rowOfCol[col0]!
      let delta = INF
      let col1 = 0
      for (let col = 1; col <= cols; col++) {
        if (used[col]) continue
        const reduced = cost(row0, col) - u[row0]! - v[col]!
        if (reduced < minTo[col]!) {
          minTo[col] = reduced
          way[col] = col0
        }
        if (minTo[col]! < delta) {
          delta = minTo[col]!
          col1 = col
        }
      }
      for (let col = 0; col <= cols; col++) {
        if (used[col]) {
          u[rowOfCol[col]!]! += delta
          v[col]! -= delta
        } else minTo[col]! -= delta
      }
      col0 = col1
    } while (rowOfCol[col0] !== 0)
    do {
      const col1 = way[col0]!
      rowOfCol[col0] = rowOfCol[col1]!
      col0 = col1
    } while (col0 !== 0)
  }
  const assignment = new Int32Array(rows).fill(-1)
  for (let col = 1; col <= cols; col++) if (rowOfCol[col]! > 0) assignment[rowOfCol[col]! - 1] = col - 1
  return assignment
}

/** Components larger than this (left × right) are matched greedily: the exact method is cubic. */
const EXACT_LIMIT = 80 * 80

function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]!]!
    x = parent[x]!
  }
  return x
}

/**
 * Pairs left and right paragraphs so that the total weight of the chosen edges is largest, each
 * paragraph used at most once. Edges fall into independent groups (paragraphs linked by some
 * chain of candidates); each group is solved exactly, or greedily when it is very large.
 */
export function maximumMatching(edges: Edge[], leftCount: number): Edge[] {
  if (edges.length === 0) return []
  // Union-find over left ids [0, leftCount) and right ids [leftCount, ...).
  const rightIds = new Map<number, number>()
  for (const edge of edges) if (!rightIds.has(edge.right)) rightIds.set(edge.right, leftCount + rightIds.size)
  const parent = new Int32Array(leftCount + rightIds.size).map((_, i) => i)
  for (const edge of edges) {
    const a = find(parent, edge.left)
    const b = find(parent, rightIds.get(edge.right)!)
    if (a !== b) parent[a] = b
  }
  const groups = new Map<number, Edge[]>()
  for (const edge of edges) {
    const root = find(parent, edge.left)
    const group = groups.get(root)
    if (group) group.push(edge)
    else groups.set(root, [edge])
  }
  const chosen: Edge[] = []
  for (const group of groups.values()) chosen.push(...matchGroup(group))
  return chosen
}

function matchGroup(edges: Edge[]): Edge[] {
  if (edges.length === 1) return edges
  const lefts = [...new Set(edges.map((edge) => edge.left))].sort((a, b) => a - b)
  const rights = [...new Set(edges.map((edge) => edge.right))].sort((a, b) => a - b)
  if (lefts.length * rights.length > EXACT_LIMIT) return greedy(edges)
  const transpose = lefts.length > rights.length
  const [rowIds, colIds] = transpose ? [rights, lefts] : [lefts, rights]
  const rowIndex = new Map(rowIds.map((id, i) => [id, i]))
  const colIndex = new Map(colIds.map((id, i) => [id, i]))
  const weights = new Float64Array(rowIds.length * colIds.length)
  const edgeAt = new Map<number, Edge>()
  for (const edge of edges) {
    const row = rowIndex.get(transpose ? edge.right : edge.left)!
    const col = colIndex.get(transpose ? edge.left : edge.right)!
    weights[row * colIds.length + col] = edge.weight
    edgeAt.set(row * colIds.length + col, edge)
  }
  const assignment = hungarian(weights, rowIds.length, colIds.length)
  const chosen: Edge[] = []
  assignment.forEach((col, row) => {
    const edge = col >= 0 ? edgeAt.get(row * colIds.length + col) : undefined
    if (edge) chosen.push(edge)
  })
  return chosen
}

function greedy(edges: Edge[]): Edge[] {
  const sorted = [...edges].sort((a, b) => b.weight - a.weight)
  const usedLeft = new Set<number>()
  const usedRight = new Set<number>()
  const chosen: Edge[] = []
  for (const edge of sorted) {
    if (usedLeft.has(edge.left) || usedRight.has(edge.right)) continue
    usedLeft.add(edge.left)
    usedRight.add(edge.right)
    chosen.push(edge)
  }
  return chosen
}
