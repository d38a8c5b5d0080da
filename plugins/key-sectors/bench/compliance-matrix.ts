export async function benchMatrix(): Promise<void> {
  console.log('matrix: pending');
}
